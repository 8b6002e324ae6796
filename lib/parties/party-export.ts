import "server-only";
import { z } from "zod";
import { exportedRecord, insertChunks, pageById, ProblemList, recordColumns, stamps, visibleIn, type ExportSection } from "@/lib/export/export-section";
import { partyKind } from "@/lib/vocab";
import { visibleParty } from "./party-visibility";

export const exportedParty = z.strictObject({
  ...exportedRecord,
  slug: z.string().min(1),
  name: z.string(),
  shortName: z.string(),
  kind: partyKind,
  colour: z.string(),
});
type Party = z.infer<typeof exportedParty>;

export const partyExport: ExportSection<Party>[] = [
  {
    key: "parties",
    schema: exportedParty,
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      return (await tx.party.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visibleParty) } })).map((p) => ({
        ...recordColumns(p),
        slug: p.slug,
        name: p.name,
        shortName: p.shortName,
        kind: p.kind as Party["kind"],
        colour: p.colour,
      }));
    },
    write: (tx, rows) => insertChunks(rows, (data) => tx.party.createMany({ data: data.map((p) => ({ ...p, ...stamps(p) })) })),
    check(rows) {
      const list = new ProblemList();
      list.uniqueIds(rows, "parties");
      list.unique(rows.map((p) => p.slug), "parties: the slug");
      return list.problems;
    },
  },
];
