import "server-only";
import { assertCanEdit } from "@/lib/auth/permissions";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { parseNote, parseTarget } from "@/lib/revisions/edit-commands";
import { changeRecord, conflictError } from "@/lib/revisions/write-record";
import { writeTransaction } from "@/lib/revisions/write-transaction";
import { withdrawalInput } from "./position-input";
import { positionWriter } from "./position-writer";

export type WithdrawArgs = {
  id: string;
  version: number;
  /** YYYY-MM-DD: when the party withdrew the statement. */
  withdrawnOn: unknown;
  actor: Actor | null | undefined;
  note?: string | null;
};

/**
 * Marks a statement withdrawn from a date. From then on the party's previous standing
 * statement on the issue (if any) is current again; an editor undoes a withdrawal by
 * editing the date away or reverting.
 */
export async function withdrawPosition({ id, version, withdrawnOn, actor, note }: WithdrawArgs) {
  assertCanEdit(actor);
  const target = parseTarget({ id, version });
  const input = parseOrThrow(withdrawalInput, { withdrawnOn });
  const parsedNote = parseNote(note);
  const date = parsePartialDate(input.withdrawnOn)!.date;

  return writeTransaction((tx) =>
    changeRecord(tx, positionWriter, { ...target, action: "withdraw", actor, note: parsedNote }, (before) => {
      if (before.retractedAt) {
        throw conflictError("position", before, "This position has been retracted: restore it before withdrawing it.");
      }
      if (before.withdrawnOn) {
        const on = formatPartialDate(new Date(before.withdrawnOn), "day");
        throw conflictError("position", before, `This statement is already recorded as withdrawn on ${on}.`);
      }
      if (date < new Date(before.statedOn)) {
        throw new AppError("validation", "Some fields need attention", {
          fieldErrors: { withdrawnOn: ["The withdrawal date cannot be before the statement date"] },
        });
      }
      return { columns: { withdrawnOn: date } };
    }),
  );
}
