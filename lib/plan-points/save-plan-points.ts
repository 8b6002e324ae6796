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
import { mergePointRow, storedPointInput } from "./merge-point-row";
import { pointAnchor, type PlanPointInput } from "./plan-point-input";
import type { PlanPointSnapshot } from "./plan-point-snapshot";
import { checkPlanPoint, numberTaken, planPointWriter } from "./plan-point-writer";
import { planPointsInput } from "./plan-points-input";
import { withPointFound, type PointsConflict } from "./points-conflict";

// Numbers are checked once all rows are written, so rows may swap numbers in one save.
const rowWriter: RecordWriter<PlanPointSnapshot, PlanPointInput> = {
  ...planPointWriter,
  check: (tx, input, before) => checkPlanPoint(tx, input, before, { numbers: false }),
};

/** A number that more than one of `numbers` has, as it reads in a link. */
function clashes(numbers: string[]) {
  const count = new Map<string, number>();
  for (const n of numbers) count.set(pointAnchor(n), (count.get(pointAnchor(n)) ?? 0) + 1);
  return (number: string) => (count.get(pointAnchor(number)) ?? 0) > 1;
}

/** Points of the plan, other than the rows, that readers see: each number must differ from the rows'. */
async function checkNumbers(tx: DbOrTx, planId: string, rows: { row: number; number: string }[], errors: FieldErrorList) {
  const points = await tx.planPoint.findMany({ where: { planId, ...notRetracted }, select: { number: true } });
  const taken = clashes(points.map((p) => p.number));
  for (const { row, number } of rows) {
    if (taken(number) && !errors.errors[`points.${row}.number`]) errors.add(`points.${row}.number`, numberTaken(number));
  }
}

/** The points of the plan readers see that the editor's list lacks, in the plan's order. */
async function listAddedSince(tx: DbOrTx, planId: string, listed: string[]) {
  const others = await tx.planPoint.findMany({
    where: { planId, ...notRetracted, id: { notIn: listed } },
    orderBy: [{ order: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  const added: PlanPointSnapshot[] = [];
  for (const other of others) added.push((await planPointWriter.load(tx, other.id))!);
  return added;
}

function pointsConflictError(current: PointsConflict) {
  return new AppError("conflict", "Someone else changed this plan's points after you opened this page: nothing of yours was saved.", {
    reason: "stale-version",
    current,
  });
}

/** One write of the save: a row of the list (`row`, its index), or a point added meanwhile, moved after the rows. */
type Write = { row?: number; id?: string | null; version?: number | null; input: PlanPointInput };

/**
 * Saves a plan's points as the editor lists them, in one transaction: rows with an id change
 * that point, rows without one add a point, and each row's place in the list becomes its
 * order. Unchanged rows write nothing. A point someone else saved since the editor opened
 * the page is merged (`mergePointRow`): a row the editor left as they saw it keeps the
 * other's change. Points someone else added meanwhile stay, after the editor's rows, when
 * they stood after every point listed and their numbers are not the rows'. Anything else
 * someone else did meanwhile is a conflict: nothing is written, and the conflict carries
 * those points and every point added. Messages about a row are keyed "points.<row>.<field>".
 */
export async function savePlanPoints({ input, actor, note }: { input: unknown; actor: Actor | null | undefined; note?: string | null }) {
  assertCanEdit(actor);
  const { planId, points } = parseOrThrow(planPointsInput, input);
  const by = { actor, note: parseNote(note) };
  return writeTransaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id: planId }, select: { retractedAt: true } });
    if (!plan) throw new AppError("not-found", "There is no such plan; it may never have existed");
    if (plan.retractedAt) throw new AppError("conflict", "This plan has been retracted. Restore it before editing its points.");

    const errors = new FieldErrorList();
    const changed: PlanPointSnapshot[] = [];
    const writes: Write[] = [];
    // Numbers someone else gave meanwhile that a merge keeps: the editor has not seen them.
    const theirNumbers: PlanPointSnapshot[] = [];
    let lastListed = -1;
    for (const [i, { id, version, ...row }] of points.entries()) {
      const mine: PlanPointInput = { ...row, planId, order: i };
      const current = id ? await planPointWriter.load(tx, id) : null;
      // Nothing to merge with: a new point, or a missing one that updateRecord reports.
      if (!current) writes.push({ row: i, id, version, input: mine });
      else if (current.planId !== planId) errors.add(`points.${i}.id`, "This point belongs to another plan");
      else {
        lastListed = Math.max(lastListed, current.order);
        const merged = await mergePointRow(tx, mine, version!, current);
        if (merged === "conflict") changed.push(current);
        else writes.push({ row: i, id, ...merged });
        if (merged !== "conflict" && merged.input.number !== mine.number) theirNumbers.push(current);
      }
    }
    const added = await listAddedSince(tx, planId, points.flatMap((p) => (p.id ? [p.id] : [])));
    const clash = clashes([...writes.map((w) => w.input.number), ...added.map((p) => p.number)]);
    changed.push(...theirNumbers.filter((p) => clash(p.number)));
    // One placed among the listed points, where the editor never saw it, is not ours to place.
    const keepAdded = added.every((p) => p.order > lastListed && !clash(p.number) && storedPointInput(p, p));
    if (changed.length > 0 || !keepAdded) throw pointsConflictError({ changed, added });
    let next = points.length;
    for (const p of added) {
      if (p.order >= next) next = p.order + 1;
      else writes.push({ id: p.id, version: p.version, input: { ...storedPointInput(p, p)!, order: next++ } });
    }

    const saved: PlanPointSnapshot[] = [];
    // Someone else's save that committed while this one ran: none of this save is kept.
    let conflict: PointsConflict | null = null;
    for (const { row, id, version, input } of writes) {
      try {
        const point = id ? await updateRecord(tx, rowWriter, { id, version: version!, input, ...by }) : await createRecord(tx, rowWriter, input, by);
        if (row !== undefined) saved.push(point);
      } catch (error) {
        if (isStaleVersion(error)) conflict = withPointFound(conflict ?? { changed, added }, error.details.current as PlanPointSnapshot);
        else if (isAppError(error) && error.code !== "forbidden" && row !== undefined) {
          const fieldErrors = error.details.fieldErrors ?? { number: [error.message] };
          for (const [field, messages] of Object.entries(fieldErrors)) for (const m of messages) errors.add(`points.${row}.${field || "number"}`, m);
        } else throw error;
      }
    }
    if (conflict) throw pointsConflictError(conflict);
    await checkNumbers(tx, planId, writes.flatMap(({ row, input }) => (row === undefined ? [] : [{ row, number: input.number }])), errors);
    errors.throwIfAny();
    return { planId, points: saved };
  });
}
