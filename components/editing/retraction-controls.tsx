"use client";
// Retract (or restore) a record, behind a confirmation step that works without JavaScript:
// the button opens a short form with an optional note and the button that does it.
import { useActionState, useId } from "react";
import { buttonClass, FormStatus, inputClass, secondaryButtonClass } from "@/components/auth/form-fields";
import { idleForm, type FormState } from "@/lib/forms/form-state";

type Props = {
  entityType: string;
  id: string;
  version: number;
  retracted: boolean;
  /** "position", "source": how the record is named in the buttons. */
  noun: string;
  returnTo: string;
  /** The server action that retracts or restores (app/editing/actions.ts). */
  changeRetraction: (previous: FormState, form: FormData) => Promise<FormState>;
};

export function RetractionControls({ entityType, id, version, retracted, noun, returnTo, changeRetraction }: Props) {
  const [state, action, pending] = useActionState(changeRetraction, idleForm);
  const uid = useId();
  const change = retracted ? "restore" : "retract";
  const verb = retracted ? "Restore" : "Retract";
  const noteErrors = state.fieldErrors?.note;
  return (
    <details open={state.status === "error"} className="rounded border border-line bg-surface p-4">
      <summary className={`${secondaryButtonClass} inline-block cursor-pointer`}>
        {verb} this {noun}…
      </summary>
      <form action={action} className="mt-3 flex max-w-prose flex-col gap-3" aria-describedby={`${uid}-status`}>
        <p>
          {retracted
            ? `Restoring shows this ${noun} to readers again. Its history is kept either way.`
            : `Retracting hides this ${noun} from readers. Nothing is deleted: its history is kept and it can be restored.`}
        </p>
        <input type="hidden" name="change" value={change} />
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <div>
          <label htmlFor={`${uid}-note`} className="block font-medium">
            Reason <span className="font-normal text-muted">(optional, shown in the history)</span>
          </label>
          <input
            id={`${uid}-note`}
            name="note"
            maxLength={1000}
            autoComplete="off"
            className={inputClass}
            aria-invalid={noteErrors ? true : undefined}
            aria-describedby={noteErrors ? `${uid}-note-error` : undefined}
          />
          {noteErrors && (
            <p id={`${uid}-note-error`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
              {noteErrors.join(" ")}
            </p>
          )}
        </div>
        <FormStatus state={state} id={`${uid}-status`} />
        <div>
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? `${verb === "Retract" ? "Retracting" : "Restoring"}…` : `Yes, ${verb.toLowerCase()} this ${noun}`}
          </button>
        </div>
      </form>
    </details>
  );
}
