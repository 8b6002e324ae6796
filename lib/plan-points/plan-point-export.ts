import "server-only";
import { z } from "zod";
import { groupBy } from "@/lib/collections/group-by";
import { referenceOrder } from "@/lib/collections/reference-order";
import { AppError } from "@/lib/errors/app-error";
import {
  byText, exportedId, exportedRecord, insertChunks, pageById, ProblemList, recordColumns, seenIds, stamps, visibleIn, type ExportSection,
} from "@/lib/export/export-section";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { pointChange } from "@/lib/vocab";
import { visiblePlanPoint } from "./plan-point-visibility";

export const exportedPlanPoint = z.strictObject({
  ...exportedRecord,
  planId: exportedId,
  number: z.string().min(1),
  numberPrinted: z.boolean(),
  order: z.number().int(),
  summary: z.string(),
  revisesId: exportedId.nullable(),
  change: pointChange.nullable(),
  changeNote: z.string().nullable(),
  issues: z.array(z.strictObject({ issueId: exportedId, order: z.number().int() })),
});
type PlanPoint = z.infer<typeof exportedPlanPoint>;

export const planPointExport: ExportSection<PlanPoint>[] = [
  {
    key: "planPoints",
    schema: exportedPlanPoint,
    dependsOn: ["plans", "issues"],
    async readPage(tx, { after, take, scope }) {
      const page = pageById(after, take);
      const rows = await tx.planPoint.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visiblePlanPoint) } });
      const pointId = { in: rows.map((p) => p.id) };
      const issues = groupBy(await tx.planPointIssue.findMany({ where: { pointId, ...visibleIn(scope, { issue: visibleIssue }) } }), "pointId");
      const revised = await seenIds(scope, rows.map((p) => p.revisesId), (id) =>
        tx.planPoint.findMany({ where: { id: { in: id }, ...visiblePlanPoint }, select: { id: true } }),
      );
      return rows.map((p) => ({
        ...recordColumns(p),
        planId: p.planId,
        number: p.number,
        numberPrinted: p.numberPrinted,
        order: p.order,
        summary: p.summary,
        revisesId: revised(p.revisesId),
        change: p.change as PlanPoint["change"],
        changeNote: p.changeNote,
        issues: [...(issues.get(p.id) ?? [])].sort((a, b) => a.order - b.order || byText(a.issueId, b.issueId)).map((i) => ({ issueId: i.issueId, order: i.order })),
      }));
    },
    async write(tx, rows) {
      // The point a point revises must be written before it.
      const inOrder = referenceOrder(rows, (p) => p.revisesId);
      if (!inOrder) throw new AppError("validation", "The file's plan points revise each other in a loop.");
      await insertChunks(inOrder, (data) => tx.planPoint.createMany({ data: data.map(({ issues: _i, ...p }) => ({ ...p, ...stamps(p) })) }));
      const issues = rows.flatMap((p) => p.issues.map((i) => ({ pointId: p.id, ...i })));
      await insertChunks(issues, (data) => tx.planPointIssue.createMany({ data }));
    },
    check(rows, file) {
      const list = new ProblemList();
      list.uniqueIds(rows, "planPoints");
      for (const p of rows) {
        list.ref(file.ids("plans"), p.planId, `point ${p.id}`, "plan");
        list.ref(file.ids("planPoints"), p.revisesId, `point ${p.id}`, "point");
        for (const i of p.issues) list.ref(file.ids("issues"), i.issueId, `point ${p.id}`, "issue");
        list.unique(p.issues.map((i) => i.issueId), `point ${p.id}: the issue`);
      }
      if (list.problems.length === 0 && referenceOrder(rows, (p) => p.revisesId) === null) {
        list.problems.push("planPoints: the revisesId links form a loop");
      }
      return list.problems;
    },
  },
];
