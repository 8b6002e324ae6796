import "server-only";
import { z } from "zod";
import { byId, exportedRecord, insertChunks, ProblemList, recordColumns, stamps, type ExportSection } from "@/lib/export/export-section";

export const exportedSource = z.strictObject({
  ...exportedRecord,
  outlet: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publishedOn: z.string().nullable(),
});
type Source = z.infer<typeof exportedSource>;

export const sourceExport: ExportSection<Source>[] = [
  {
    key: "sources",
    schema: exportedSource,
    async read(tx) {
      return (await tx.source.findMany()).sort(byId).map((s) => ({
        ...recordColumns(s),
        outlet: s.outlet,
        title: s.title,
        url: s.url,
        publishedOn: s.publishedOn,
      }));
    },
    write: (tx, rows) => insertChunks(rows, (data) => tx.source.createMany({ data: data.map((s) => ({ ...s, ...stamps(s) })) })),
    check(rows) {
      const list = new ProblemList();
      list.uniqueIds(rows, "sources");
      return list.problems;
    },
  },
];
