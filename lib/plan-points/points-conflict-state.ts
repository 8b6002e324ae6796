import "server-only";
// The points editor's conflict screen: the points someone else changed or added since the
// editor opened the page, each field of theirs beside the editor's. The form keeps the
// editor's rows but takes the stored versions (and adds the points it lacked), so saving
// again is a deliberate choice, as on every other form.
import { db } from "@/lib/db/client";
import { compareInputs } from "@/lib/forms/describe-input";
import type { FieldValues } from "@/lib/forms/fields";
import type { ConflictRow, EditFormState } from "@/lib/forms/form-state";
import { resolveNames } from "@/lib/records/resolve-names";
import { notRetracted } from "@/lib/records/visible";
import { pointRows, pointRowsToFields, storedPointRows, type PointRow } from "./plan-point-form-fields";
import type { PlanPointSnapshot } from "./plan-point-snapshot";
import type { PointsConflict } from "./points-conflict";

const comparable = ({ number, numberPrinted, summary, issueIds, revisesId, change, changeNote }: PointRow) => ({
  number, numberPrinted, summary, issueIds, revisesId: revisesId || null, change: change || null, changeNote: changeNote || null,
});

/**
 * Where the point stands in the editor's list and among the plan's points now: a point
 * someone else moved is a conflict whose fields may all read the same, and the place is
 * what differs.
 */
async function placeRow(number: string, yours: number, stored: PlanPointSnapshot): Promise<ConflictRow> {
  const before = await db.planPoint.count({ where: { planId: stored.planId, ...notRetracted, order: { lt: stored.order } } });
  const theirs = before + 1;
  return { label: `Point ${number} › Place in the list`, yours: `Row ${yours}`, theirs: `Row ${theirs}`, same: yours === theirs };
}

export async function pointsConflictState(conflict: PointsConflict, values: FieldValues, previous: EditFormState): Promise<EditFormState> {
  let { rows } = pointRows(values);
  const theirs = storedPointRows(conflict.changed.map((p) => ({ ...p, issueIds: p.issueIds ?? [] })));
  const added = storedPointRows(conflict.added.map((p) => ({ ...p, issueIds: p.issueIds ?? [] })));
  const names = await resolveNames([...rows, ...theirs, ...added].map(comparable));
  const table: ConflictRow[] = [];
  for (const [n, stored] of theirs.entries()) {
    const snapshot = conflict.changed[n]!;
    const mine = rows.find((r) => r.id === stored.id);
    if (snapshot.retractedAt) {
      table.push({ label: `Point ${stored.number}`, yours: mine ? "In your list" : "", theirs: "Retracted since: left out of your list", same: false });
      rows = rows.filter((r) => r.id !== stored.id);
      continue;
    }
    for (const row of compareInputs(comparable(mine ?? stored), comparable(stored), names)) table.push({ ...row, label: `Point ${stored.number} › ${row.label}` });
    if (mine) table.push(await placeRow(stored.number, rows.indexOf(mine) + 1, snapshot));
    rows = rows.map((r) => (r.id === stored.id ? { ...r, version: stored.version } : r));
  }
  for (const point of added) table.push({ label: `Point ${point.number}`, yours: "Not in your list", theirs: `Added since: ${point.summary}`, same: false });
  const last = await db.revision.findFirst({
    where: { entityType: "planPoint", entityId: { in: [...conflict.changed, ...conflict.added].map((p: PlanPointSnapshot) => p.id) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorLabel: true, createdAt: true },
  });
  const rest = Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith("points.")));
  return {
    status: "conflict",
    message: "Someone else changed this plan's points first. Nothing of yours was saved: compare, then decide.",
    values: { ...rest, ...pointRowsToFields([...rows, ...added]) },
    conflict: { version: 0, rows: table, savedBy: last?.actorLabel, savedAt: last?.createdAt.toISOString() },
    addedOptions: previous.addedOptions,
    seq: previous.seq + 1,
  };
}
