import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { parseNote, parseTarget } from "@/lib/revisions/edit-commands";
import { recordRevision } from "@/lib/revisions/record-revision";
import { claimVersion, conflictError, createRecord, loadForChange } from "@/lib/revisions/write-record";
import { writeTransaction } from "@/lib/revisions/write-transaction";
import type { DbOrTx } from "@/lib/db/client";
import { newStatementInput } from "./position-input";
import type { PositionSnapshot } from "./position-snapshot";
import { positionWriter } from "./position-writer";

/** Why a statement can no longer be superseded, naming the newer statement that superseded it. */
async function noLongerCurrent(tx: DbOrTx, position: PositionSnapshot) {
  const newer = position.supersededById
    ? await tx.position.findUnique({ where: { id: position.supersededById }, select: { statedOn: true, statedOnPrecision: true } })
    : null;
  const by = newer ? ` by a newer statement of ${formatPartialDate(newer.statedOn, newer.statedOnPrecision)}` : "";
  return `This statement is no longer current (it is ${position.status}${by}), so nothing was saved: record a new statement from the party's current one instead.`;
}

export type SupersedeArgs = { id: string; version: number; input: unknown; actor: Actor | null | undefined; note?: string | null };

/**
 * Records a new statement by the same party on the same issue, superseding the current one
 * (`id`, at `version`) in one step: the new position gets a "create" revision, the old one a
 * "supersede" revision, and both statuses are set from the dates. If someone changed the
 * old position meanwhile, nothing is written and a conflict carries its current state.
 */
export async function supersedePosition({ id, version, input, actor, note }: SupersedeArgs) {
  assertCanEdit(actor);
  const target = parseTarget({ id, version });
  const statement = parseOrThrow(newStatementInput, input);
  const parsedNote = parseNote(note);
  if (statement.withdrawnOn) {
    throw new AppError("validation", "Some fields need attention", {
      fieldErrors: { withdrawnOn: ["A new statement cannot already be withdrawn: record it, then withdraw it"] },
    });
  }

  return writeTransaction(async (tx) => {
    // What the statement became is said before whether it moved on since the editor read it:
    // an editor whose statement another editor superseded meanwhile has no version to weigh
    // theirs against, and saving theirs over it would be refused.
    const before = await loadForChange(tx, positionWriter, target, async (now) => {
      if (now.retractedAt) throw conflictError("position", now, "This position has been retracted: restore it before superseding it.");
      if (now.status !== "current") throw conflictError("position", now, await noLongerCurrent(tx, now));
    });
    const oldDate = new Date(before.statedOn);
    if (parsePartialDate(statement.statedOn)!.date < oldDate) {
      throw new AppError("validation", "Some fields need attention", {
        fieldErrors: {
          statedOn: [
            `A new statement must be dated on or after the one it supersedes (${formatPartialDate(oldDate, before.statedOnPrecision)})`,
          ],
        },
      });
    }

    // Claiming the old statement first means two editors superseding it at once cannot
    // both add a new statement.
    await claimVersion(tx, positionWriter, target, {});
    const position = await createRecord(
      tx,
      positionWriter,
      { ...statement, partyId: before.partyId, issueId: before.issueId },
      { actor, note: parsedNote, recordedApart: [id] },
    );
    const superseded = (await positionWriter.load(tx, id))!;
    await recordRevision(tx, {
      entityType: "position",
      entityId: id,
      action: "supersede",
      actor,
      before,
      after: superseded,
      note: parsedNote,
    });
    return { position, superseded };
  });
}
