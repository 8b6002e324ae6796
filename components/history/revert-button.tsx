"use client";

import { useActionState, useId } from "react";
import { FormStatus, inputClass, secondaryButtonClass } from "@/components/auth/form-fields";
import { idleForm, type FormState } from "@/lib/forms/form-state";

/** A server action that reverts a record to a revision (app/history/actions.ts). */
export type RevertAction = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * Puts the record back to one revision's version, as a new revision. Sends the version the
 * editor is looking at, so a change made meanwhile by someone else is never undone unseen.
 */
export function RevertButton({ revisionId, version, returnTo, when, revert }: { revisionId: string; version: number; returnTo: string; when: string; revert: RevertAction }) {
  const [state, action, pending] = useActionState(revert, idleForm);
  const id = useId();
  const noteErrors = state.fieldErrors?.note;
  return (
    <form action={action} className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end" aria-describedby={`${id}-status`}>
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="sm:w-80">
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          Reason for reverting <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id={`${id}-note`}
          name="note"
          maxLength={1000}
          className={`${inputClass} py-1.5 text-sm`}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? `${id}-note-error` : undefined}
        />
        {noteErrors && (
          <p id={`${id}-note-error`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
            {noteErrors.join(" ")}
          </p>
        )}
      </div>
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {pending ? "Reverting…" : "Revert to this version"}
        <span className="sr-only"> (recorded {when})</span>
      </button>
      <FormStatus state={state} id={`${id}-status`} />
    </form>
  );
}
