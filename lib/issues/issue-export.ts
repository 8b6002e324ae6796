import "server-only";
import { z } from "zod";
import { exportedId, exportedRecord, insertChunks, pageById, ProblemList, recordColumns, stamps, visibleIn, type ExportSection } from "@/lib/export/export-section";
import { issueKind } from "@/lib/vocab";
import { visibleIssue } from "./issue-visibility";

export const exportedIssue = z.strictObject({
  ...exportedRecord,
  negotiationId: exportedId,
  slug: z.string().min(1),
  name: z.string(),
  description: z.string(),
  kind: issueKind,
  order: z.number().int(),
});
type Issue = z.infer<typeof exportedIssue>;

export const issueExport: ExportSection<Issue>[] = [
  {
    key: "issues",
    schema: exportedIssue,
    dependsOn: ["negotiations"],
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      return (await tx.issue.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visibleIssue) } })).map((i) => ({
        ...recordColumns(i),
        negotiationId: i.negotiationId,
        slug: i.slug,
        name: i.name,
        description: i.description,
        kind: i.kind as Issue["kind"],
        order: i.order,
      }));
    },
    write: (tx, rows) => insertChunks(rows, (data) => tx.issue.createMany({ data: data.map((i) => ({ ...i, ...stamps(i) })) })),
    check(rows, file) {
      const list = new ProblemList();
      list.uniqueIds(rows, "issues");
      list.unique(rows.map((i) => `${i.negotiationId}/${i.slug}`), "issues: the negotiation and slug");
      for (const i of rows) list.ref(file.ids("negotiations"), i.negotiationId, `issue ${i.id}`, "negotiation");
      return list.problems;
    },
  },
];
