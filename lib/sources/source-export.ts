import "server-only";
import { z } from "zod";
import { exportedRecord, insertChunks, pageById, ProblemList, recordColumns, stamps, visibleIn, type ExportSection } from "@/lib/export/export-section";
import { visibleSource } from "./source-visibility";

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
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      return (await tx.source.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visibleSource) } })).map((s) => ({
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
