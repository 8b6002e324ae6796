import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db/client";
import { AppError, isAppError, isStaleVersion, parseOrThrow } from "@/lib/errors/app-error";
import { notRetracted } from "@/lib/records/visible";
import { parseNote } from "@/lib/revisions/edit-commands";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { createRecord, updateRecord } from "@/lib/revisions/write-record";
import { writeTransaction } from "@/lib/revisions/write-transaction";
import { FieldErrorList } from "@/lib/validation/check-references";
import { pointAnchor, type PlanPointInput } from "./plan-point-input";
import type { PlanPointSnapshot } from "./plan-point-snapshot";
import { checkPlanPoint, numberTaken, planPointWriter } from "./plan-point-writer";
import { planPointsInput } from "./plan-points-input";

// Numbers are checked once all rows are written, so rows may swap numbers in one save.
const rowWriter: RecordWriter<PlanPointSnapshot, PlanPointInput> = {
  ...planPointWriter,
  check: (tx, input, before) => checkPlanPoint(tx, input, before, { numbers: false }),
};

/** What a save of the points editor found changed since the editor opened it. */
export type PointsConflict = {
  /** Points someone else saved since: as they are now. */
  changed: PlanPointSnapshot[];
  /** Points someone else added to the plan since, which the editor's list lacks. */
  added: PlanPointSnapshot[];
};

/** Points of the plan, other than the rows, that readers see: each number must differ from the rows'. */
async function checkNumbers(tx: DbOrTx, planId: string, rows: { number: string }[], errors: FieldErrorList) {
  const points = await tx.planPoint.findMany({ where: { planId, ...notRetracted }, select: { id: true, number: true } });
  const count = new Map<string, number>();
  for (const p of points) count.set(pointAnchor(p.number), (count.get(pointAnchor(p.number)) ?? 0) + 1);
  rows.forEach((row, i) => {
    if ((count.get(pointAnchor(row.number)) ?? 0) > 1 && !errors.errors[`points.${i}.number`]) errors.add(`points.${i}.number`, numberTaken(row.number));
  });
}

/**
 * Saves a plan's points as the editor lists them, in one transaction: rows with an id change
 * that point (if it is still at the version the editor saw), rows without one add a point,
 * and each row's place in the list becomes its order. Unchanged rows write nothing. If
 * someone else changed or added a point meanwhile, nothing is written and the conflict
 * carries those points; messages about a row are keyed "points.<row>.<field>".
 */
export async function savePlanPoints({ input, actor, note }: { input: unknown; actor: Actor | null | undefined; note?: string | null }) {
  assertCanEdit(actor);
  const { planId, points } = parseOrThrow(planPointsInput, input);
  const parsedNote = parseNote(note);
  return writeTransaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: planId }, select: { retractedAt: true } });
    if (!plan) throw new AppError("not-found", "There is no such plan; it may never have existed");
    if (plan.retractedAt) throw new AppError("conflict", "This plan has been retracted. Restore it before editing its points.");

    const errors = new FieldErrorList();
    const conflict: PointsConflict = { changed: [], added: [] };
    const saved: PlanPointSnapshot[] = [];
    for (const [i, { id, version, ...row }] of points.entries()) {
      const pointInput: PlanPointInput = { ...row, planId, order: i };
      try {
        if (!id) saved.push(await createRecord(tx, rowWriter, pointInput, { actor, note: parsedNote }));
        else {
          const before = await tx.planPoint.findUnique({ where: { id }, select: { planId: true } });
          if (before && before.planId !== planId) errors.add(`points.${i}.id`, "This point belongs to another plan");
          else saved.push(await updateRecord(tx, rowWriter, { id, version: version!, input: pointInput, actor, note: parsedNote }));
        }
      } catch (error) {
        if (isStaleVersion(error)) conflict.changed.push(error.details.current as PlanPointSnapshot);
        else if (isAppError(error) && error.code !== "forbidden") {
          const fieldErrors = error.details.fieldErrors ?? { number: [error.message] };
          for (const [field, messages] of Object.entries(fieldErrors)) for (const m of messages) errors.add(`points.${i}.${field || "number"}`, m);
        } else throw error;
      }
    }
    const listed = new Set(points.map((p) => p.id).filter(Boolean));
    const others = await tx.planPoint.findMany({ where: { planId, ...notRetracted, id: { notIn: [...listed, ...saved.map((s) => s.id)] as string[] } }, select: { id: true } });
    for (const other of others) conflict.added.push((await planPointWriter.load(tx, other.id))!);
    if (conflict.changed.length > 0 || conflict.added.length > 0) {
      throw new AppError("conflict", "Someone else changed this plan's points after you opened this page: nothing of yours was saved.", {
        reason: "stale-version",
        current: conflict,
      });
    }
    await checkNumbers(tx, planId, points, errors);
    errors.throwIfAny();
    return { planId, points: saved };
  });
}
