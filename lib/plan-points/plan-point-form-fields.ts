// The point forms' fields ⇄ inputs, for the client forms and the server actions alike: one
// point on its own page, and a plan's points as rows ("points.3.summary") in the editor
// where points are pasted, arranged and mapped.
import { asText, list, rowIndexes, text, type Assembled, type FieldValues, type Renames } from "@/lib/forms/fields";
import type { PlanPointSnapshot } from "./plan-point-snapshot";
import { toPlanPointInput } from "./plan-point-input";

const TEXT = ["number", "summary", "revisesId", "change", "changeNote"] as const;

/** A point's own fields under `prefix` ("" or "points.3."). */
function pointFrom(fields: FieldValues, prefix: string) {
  const field = (name: (typeof TEXT)[number]) => text(fields, `${prefix}${name}`) ?? "";
  return {
    number: field("number"),
    summary: field("summary"),
    revisesId: field("revisesId"),
    change: field("change"),
    changeNote: field("changeNote"),
    // A checkbox posts nothing when cleared; the form always draws it.
    numberPrinted: text(fields, `${prefix}numberPrinted`) === "true",
    issueIds: list(fields, `${prefix}issueIds`),
  };
}

function pointTo(point: { number: string; numberPrinted: boolean; summary: string; issueIds: string[]; revisesId: string | null; change: string | null; changeNote: string | null }, prefix: string): FieldValues {
  return {
    ...Object.fromEntries(TEXT.map((n) => [`${prefix}${n}`, asText(point[n])])),
    ...(point.numberPrinted ? { [`${prefix}numberPrinted`]: "true" } : {}),
    [`${prefix}issueIds`]: point.issueIds,
  };
}

export function planPointFromFields(fields: FieldValues): Assembled {
  return { input: { planId: text(fields, "planId") ?? "", order: text(fields, "order") ?? "", ...pointFrom(fields, "") }, renames: {} };
}

export function planPointToFields(point: PlanPointSnapshot): FieldValues {
  const input = toPlanPointInput(point);
  return { planId: input.planId, order: String(input.order), ...pointTo(input, "") };
}

/** One row of the editor as it stands in the form. */
export type PointRow = ReturnType<typeof pointFrom> & { id: string; version: string };

/** The editor's rows in the form's order; rows left wholly blank are dropped. */
export function pointRows(fields: FieldValues): { rows: PointRow[]; renames: Renames } {
  const rows: PointRow[] = [];
  const renames: Renames = {};
  for (const index of rowIndexes(fields, "points")) {
    const prefix = `points.${index}.`;
    const row = { id: text(fields, `${prefix}id`) ?? "", version: text(fields, `${prefix}version`) ?? "", ...pointFrom(fields, prefix) };
    const blank = !row.id && !row.number.trim() && !row.summary.trim() && row.issueIds.length === 0 && !row.revisesId && !row.changeNote.trim();
    if (blank) continue;
    renames[`points.${rows.length}`] = `points.${index}`;
    rows.push(row);
  }
  return { rows, renames };
}

/** Rows back as the form's fields, numbered from 0 in their order. */
export function pointRowsToFields(rows: PointRow[]): FieldValues {
  const out: FieldValues = {};
  rows.forEach((row, i) => Object.assign(out, { [`points.${i}.id`]: row.id, [`points.${i}.version`]: row.version }, pointTo(row, `points.${i}.`)));
  return out;
}

export function planPointsFromFields(fields: FieldValues): Assembled {
  const { rows, renames } = pointRows(fields);
  return { input: { planId: text(fields, "planId") ?? "", points: rows }, renames };
}

/** A plan's stored points as the editor's rows. */
export function storedPointRows(points: (PlanPointSnapshot & { issueIds: string[] })[]): PointRow[] {
  return points.map((p) => ({ ...toPlanPointInput(p), id: p.id, version: String(p.version), revisesId: p.revisesId ?? "", change: p.change ?? "", changeNote: p.changeNote ?? "" }));
}
