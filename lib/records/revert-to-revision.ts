import "server-only";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { assertCanEdit } from "@/lib/auth/permissions";
import { AppError, fieldErrorsFrom, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { formatMoment } from "@/lib/dates/format-date";
import { parseNote, revisionIdInput } from "@/lib/revisions/edit-commands";
import type { RecordRow } from "@/lib/revisions/snapshot";
import { changeRecord, checkBelongsToVisible, notFoundError } from "@/lib/revisions/write-record";
import { writeTransaction } from "@/lib/revisions/write-transaction";
import { findRecordKind } from "./registry";
import { readerActorLabel } from "@/lib/auth/actor-label";

export type RevertArgs = {
  revisionId: string;
  version: number;
  actor: Actor | null | undefined;
  note?: string | null;
  /** The record the caller means (the API's address names it): a revision of any other is refused as a bad field. */
  of?: { entityType: string; entityId: string };
};

const revertTarget = z.strictObject({
  revisionId: revisionIdInput,
  version: z
    .number({ error: "The record's version is missing; reload the page and try again" })
    .int("The record's version must be a whole number")
    .positive("The record's version must be a whole number from 1"),
});

/**
 * Puts a record back to the state a revision left it in (its `after`: for a "create", the
 * record as first recorded), including its relations and whether it was retracted. History
 * is never rewritten: the revert is a new revision, with action "revert", and can itself be
 * reverted. `version` is the record's version the editor saw; if the record has moved on
 * since, nothing is written and a conflict carries its current state.
 */
export async function revertToRevision({ revisionId, version, actor, note, of }: RevertArgs) {
  assertCanEdit(actor);
  const target = parseOrThrow(revertTarget, { revisionId, version });
  const editorNote = parseNote(note);

  return writeTransaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: target.revisionId } });
    if (of && (revision?.entityType !== of.entityType || revision.entityId !== of.entityId)) {
      throw new AppError("validation", "Some fields need attention", {
        fieldErrors: { revisionId: [revision ? "That revision is a change to another record" : `There is no revision “${target.revisionId}”`] },
      });
    }
    if (!revision) throw new AppError("not-found", "There is no such revision");
    const kind = findRecordKind(revision.entityType);
    if (!kind) throw notFoundError("record");
    const state = revision.after as Record<string, unknown> | null;
    if (!state) throw new AppError("validation", "This revision holds no version of the record to go back to");

    const writer = kind.writer;
    const when = formatMoment(revision.createdAt);
    return changeRecord(
      tx,
      writer,
      {
        id: revision.entityId,
        version: target.version,
        action: "revert",
        actor,
        note: editorNote ?? `Reverted to the version recorded on ${when} by ${readerActorLabel(revision.actorLabel)}`,
      },
      async (before) => {
        const snapshot = state as RecordRow;
        const parsed = writer.schema.safeParse(writer.toInput(snapshot, before));
        if (!parsed.success) {
          throw new AppError("validation", "That version no longer passes Parley's checks, so it cannot be restored as it was", {
            fieldErrors: fieldErrorsFrom(parsed.error),
          });
        }
        const retractedAt = typeof snapshot.retractedAt === "string" ? new Date(snapshot.retractedAt) : null;
        const current = writer.schema.safeParse(writer.toInput(before, before));
        if (current.success && isDeepStrictEqual(current.data, parsed.data) && !!before.retractedAt === !!retractedAt) {
          return "unchanged";
        }
        await writer.check(tx, parsed.data, before);
        // Going back to a retracted or a visible state passes the same checks as retracting or restoring.
        if (retractedAt && !before.retractedAt) await writer.checkRetract?.(tx, before);
        if (!retractedAt && before.retractedAt) {
          await checkBelongsToVisible(tx, writer, before);
          await writer.checkRestore?.(tx, before);
        }
        return { columns: { ...writer.columns(parsed.data), retractedAt }, input: parsed.data };
      },
    );
  });
}
