import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { DbOrTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordRevision, type RevisionAction } from "./record-revision";
import type { AnyRecordWriter, ChangeAttribution, RecordWriter } from "./record-writer";
import type { RecordRow } from "./snapshot";

// The shared write paths. Every change reads the record's state before, applies a
// conditional update (`WHERE id AND version`, bumping the version), writes relations,
// reads the state after and appends a revision: all inside the caller's transaction, so a
// change and its history land together or not at all, and of two saves made from the same
// version exactly one wins.

type Delegate = {
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: { where: { id: string; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
};
// A kind's entityType is its Prisma model's name on the client (docs/adding-a-record-kind.md).
const delegate = (tx: DbOrTx, type: string) => (tx as unknown as Record<string, Delegate>)[type]!;

export type Attribution = ChangeAttribution;

export function notFoundError(noun: string) {
  return new AppError("not-found", `There is no such ${noun}; it may never have existed`);
}

/** The record's state forbids the change (already retracted, not retracted…). */
export function conflictError(noun: string, current: unknown, message: string) {
  return new AppError("conflict", message, { current });
}

/** Someone else saved the record since the caller read it; `current` is its state now. */
export function staleVersionError(noun: string, current: unknown) {
  return new AppError(
    "conflict",
    `Someone else saved this ${noun} after you opened it. Their version is included: review it, then make your change again.`,
    { current, reason: "stale-version" },
  );
}

async function mustSnapshot<S extends RecordRow, I>(tx: DbOrTx, writer: RecordWriter<S, I>, id: string) {
  const snapshot = await writer.load(tx, id);
  if (!snapshot) throw notFoundError(writer.noun);
  return snapshot;
}

/**
 * The record's state, provided it is still at the version the editor started from.
 * `refuseFirst` may refuse the change for what the record has become, before its version is
 * weighed: a state no version of the editor's could be saved over.
 */
export async function loadForChange<S extends RecordRow, I>(
  tx: DbOrTx,
  writer: RecordWriter<S, I>,
  { id, version }: { id: string; version: number },
  refuseFirst?: (current: S) => Promise<void> | void,
): Promise<S> {
  const before = await mustSnapshot(tx, writer, id);
  await refuseFirst?.(before);
  if (before.version !== version) throw staleVersionError(writer.noun, before);
  return before;
}

/**
 * Writes columns only if the record is still at `version`, and moves it to the next
 * version. When another save got there first (count 0) nothing is written.
 */
export async function claimVersion<S extends RecordRow, I>(
  tx: DbOrTx,
  writer: RecordWriter<S, I>,
  { id, version }: { id: string; version: number },
  columns: Record<string, unknown>,
) {
  const { count } = await guardUnique(writer, () =>
    delegate(tx, writer.entityType).updateMany({ where: { id, version }, data: { ...columns, version: { increment: 1 } } }),
  );
  if (count === 0) {
    const current = await writer.load(tx, id);
    throw current ? staleVersionError(writer.noun, current) : notFoundError(writer.noun);
  }
}

async function guardUnique<T>(writer: AnyRecordWriter, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (writer.unique && (error as { code?: unknown })?.code === "P2002") {
      throw new AppError("validation", "Some fields need attention", {
        fieldErrors: { [writer.unique.field]: [writer.unique.message] },
      });
    }
    throw error;
  }
}

/** Creates a record from parsed input, with its "create" revision. */
export async function createRecord<S extends RecordRow, I>(
  tx: DbOrTx,
  writer: RecordWriter<S, I>,
  input: I,
  attribution: Attribution,
): Promise<S> {
  const { actor, note } = attribution;
  await writer.check(tx, input, null);
  const { id } = await guardUnique(writer, () =>
    delegate(tx, writer.entityType).create({ data: writer.columns(input), select: { id: true } }),
  );
  await writer.writeRelations?.(tx, id, input, null);
  await writer.afterChange?.(tx, id, null, attribution);
  const after = await mustSnapshot(tx, writer, id);
  await recordRevision(tx, { entityType: writer.entityType, entityId: id, action: "create", actor, before: null, after, note });
  return after;
}

/** What to write: the columns, and the input whose relations to write, with the input the record held before. */
type Change<I> = { columns: Record<string, unknown>; input?: I; previous?: I | null } | "unchanged";

/**
 * The one path every change to an existing record takes: check the version, let `plan`
 * decide what to write from the state before, write it conditionally, keep derived state
 * in step and append the revision.
 */
export async function changeRecord<S extends RecordRow, I>(
  tx: DbOrTx,
  writer: RecordWriter<S, I>,
  target: { id: string; version: number; action: RevisionAction } & Attribution,
  plan: (before: S) => Promise<Change<I>> | Change<I>,
): Promise<S> {
  const { id, version, action, actor, note } = target;
  const before = await loadForChange(tx, writer, { id, version });
  const change = await plan(before);
  if (change === "unchanged") return before;
  await claimVersion(tx, writer, { id, version }, change.columns);
  if (change.input !== undefined) await writer.writeRelations?.(tx, id, change.input, change.previous ?? null);
  await writer.afterChange?.(tx, id, before, { actor, note });
  const after = await mustSnapshot(tx, writer, id);
  await recordRevision(tx, { entityType: writer.entityType, entityId: id, action, actor, before, after, note });
  return after;
}

/** Replaces a record's editable fields with parsed input. Saving what is already stored writes nothing. */
export function updateRecord<S extends RecordRow, I>(
  tx: DbOrTx,
  writer: RecordWriter<S, I>,
  { id, version, input, actor, note }: { id: string; version: number; input: I } & Attribution,
) {
  return changeRecord(tx, writer, { id, version, action: "update", actor, note }, async (before) => {
    if (before.retractedAt) {
      throw conflictError(writer.noun, before, `This ${writer.noun} has been retracted. Restore it before editing it.`);
    }
    const stored = writer.schema.safeParse(writer.toInput(before, before));
    const wanted = stored.success && writer.keepStored ? writer.keepStored(input, stored.data) : input;
    if (stored.success && isDeepStrictEqual(stored.data, wanted)) return "unchanged";
    await writer.check(tx, wanted, before);
    return { columns: writer.columns(wanted), input: wanted, previous: stored.success ? stored.data : null };
  });
}

/** Hides a record from readers; undone by `restoreRecord`. */
export function retractRecord<S extends RecordRow, I>(
  tx: DbOrTx,
  writer: RecordWriter<S, I>,
  { id, version, actor, note }: { id: string; version: number } & Attribution,
) {
  return changeRecord(tx, writer, { id, version, action: "retract", actor, note }, async (before) => {
    if (before.retractedAt) throw conflictError(writer.noun, before, `This ${writer.noun} is already retracted.`);
    await writer.checkRetract?.(tx, before);
    return { columns: { retractedAt: new Date() } };
  });
}

type Finder = { findFirst(args: { where: object; select: { id: true } }): Promise<{ id: string } | null> };

/**
 * Refuses to show a record again while a record it belongs to is retracted (an issue's
 * negotiation, a position's party): readers would still not see it. Restore from the top.
 */
export async function checkBelongsToVisible<S extends RecordRow, I>(tx: DbOrTx, writer: RecordWriter<S, I>, before: S) {
  // The kind's rule for readers without its own retraction: the rules of what it belongs to.
  const { retractedAt: _own, ...parents } = writer.visible as Record<string, unknown>;
  if (Object.keys(parents).length === 0) return;
  const finder = (tx as unknown as Record<string, Finder>)[writer.entityType]!;
  if (await finder.findFirst({ where: { AND: [{ id: before.id }, parents] }, select: { id: true } })) return;
  throw conflictError(
    writer.noun,
    before,
    `This ${writer.noun} belongs to a record that is retracted, so readers would still not see it: restore that first.`,
  );
}

/** Shows a retracted record to readers again. */
export function restoreRecord<S extends RecordRow, I>(
  tx: DbOrTx,
  writer: RecordWriter<S, I>,
  { id, version, actor, note }: { id: string; version: number } & Attribution,
) {
  return changeRecord(tx, writer, { id, version, action: "restore", actor, note }, async (before) => {
    if (!before.retractedAt) throw conflictError(writer.noun, before, `This ${writer.noun} is not retracted.`);
    await checkBelongsToVisible(tx, writer, before);
    await writer.checkRestore?.(tx, before);
    return { columns: { retractedAt: null } };
  });
}
