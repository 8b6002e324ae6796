"use client";
// The frame every edit form shares: it validates with the record's own schema as the editor
// leaves a field and on submit (the server parses again), shows messages beside fields and
// a summary announced in a polite live region, moves focus to the first problem, and draws
// the conflict screen when someone else saved first. Without JavaScript the server action
// renders the same state.
import { useActionState, useEffect, useRef, useState, type FocusEvent, type FormEvent, type ReactNode } from "react";
import { buttonClass } from "@/components/auth/form-fields";
import type { FieldErrors } from "@/lib/errors/app-error";
import { fieldId, readFields, type FieldValues } from "@/lib/forms/fields";
import { inFormOrder, joinMessages } from "@/lib/forms/field-messages";
import { idleEditForm, type EditFormState } from "@/lib/forms/form-state";
import { hasErrors } from "@/lib/forms/validate";
import { ConflictPanel } from "./conflict-panel";
import { FormContext } from "./form-context";

export type EditAction = (state: EditFormState, form: FormData) => Promise<EditFormState>;

type Props = {
  formId: string;
  action: EditAction;
  initialValues: FieldValues;
  validate: (fields: FieldValues) => FieldErrors;
  submitLabel: string;
  /** Where "discard my changes" leads on the conflict screen: the edit page itself. */
  currentHref: string;
  /** What the field names mean in the summary ("summary" → "Summary"). */
  labelOf?: (name: string) => string | undefined;
  children: ReactNode;
};

/** "1 field" or "3 fields": the summary counts fields, as the form marks them, not messages. */
function fieldCount(errors: FieldErrors) {
  const n = Object.keys(errors).length;
  return n === 1 ? "1 field" : `${n} fields`;
}

/** What the live region says; `order` is the form's field names as submitted, so "First:" is where focus goes. */
function announcement(state: EditFormState, errors: FieldErrors, order: readonly string[]): string {
  if (state.status === "conflict") return `${state.message ?? ""}`;
  const [first] = inFormOrder(errors, order);
  if (!first) return state.status === "idle" ? "" : (state.message ?? "");
  return `${state.message ?? "Some fields need attention"}: ${fieldCount(errors)}. First: ${joinMessages(first[1])}`;
}

export function EditForm(props: Props) {
  const [state, formAction, pending] = useActionState(props.action, idleEditForm);
  const [clientMessage, setClientMessage] = useState<{ seq: number; text: string } | null>(null);
  const live =
    clientMessage && clientMessage.seq === state.seq ? clientMessage.text : announcement(state, state.fieldErrors ?? {}, Object.keys(state.values ?? {}));
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {live}
      </div>
      <FormBody
        key={state.seq}
        {...props}
        state={state}
        formAction={formAction}
        pending={pending}
        onClientErrors={(text) => setClientMessage({ seq: state.seq, text })}
      />
    </>
  );
}

function FormBody({
  formId,
  state,
  formAction,
  pending,
  initialValues,
  validate,
  submitLabel,
  currentHref,
  labelOf,
  children,
  onClientErrors,
}: Props & { state: EditFormState; formAction: (form: FormData) => void; pending: boolean; onClientErrors: (text: string) => void }) {
  const values = state.values ?? initialValues;
  // Messages beside fields follow the editor as they correct them; the summary at the top
  // changes only on submitting, so the page does not jump while they type.
  const [errors, setErrors] = useState<FieldErrors>(state.fieldErrors ?? {});
  const [summary, setSummary] = useState<FieldErrors>(state.fieldErrors ?? {});
  // The fields' names in the form's order, as last submitted: the summary follows it.
  const [order, setOrder] = useState<string[]>(Object.keys(state.values ?? {}));
  const [mounted, setMounted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(state.seq > 0 ? 1 : 0);
  const formRef = useRef<HTMLFormElement>(null);
  const conflictHeading = `${formId}--conflict-heading`;
  const summaryId = `${formId}--problems`;

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (focusRequest === 0) return;
    const form = formRef.current;
    const step = state.focusStep && focusRequest === 1 ? form?.querySelector<HTMLElement>(`button[value="${CSS.escape(state.focusStep)}"]`) : null;
    const target =
      state.status === "conflict" && focusRequest === 1
        ? document.getElementById(conflictHeading)
        : (step ??
          form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]') ??
          (state.status === "error" ? document.getElementById(summaryId) : null));
    target?.focus();
  }, [focusRequest, state.status, state.focusStep, conflictHeading, summaryId]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // A button marked formNoValidate asks the server for a step that saves nothing (split
    // pasted lines, reorder rows): the fields need not be complete for it.
    if (((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.formNoValidate) return;
    const fields = readFields(new FormData(event.currentTarget));
    const found = validate(fields);
    setErrors(found);
    setSummary(found);
    setOrder(Object.keys(fields));
    if (hasErrors(found)) {
      event.preventDefault();
      onClientErrors(announcement({ status: "error", message: "Some fields need attention", seq: state.seq }, found, Object.keys(fields)));
      setFocusRequest((n) => n + 2);
    }
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const field = event.target as unknown as HTMLInputElement;
    if (!field.name || !formRef.current || field.type === "submit") return;
    // Leaving a field for the submit button: submitting checks everything, and a message
    // appearing now would move the button from under the pointer.
    if ((event.relatedTarget as HTMLElement | null)?.getAttribute("type") === "submit") return;
    const name = field.name;
    const found = validate(readFields(new FormData(formRef.current)));
    setErrors((previous) => {
      // A message appears on leaving a field only once something was typed into it; one
      // already shown is updated or cleared as the editor corrects it.
      if (!previous[name] && (!field.value || !found[name])) return previous;
      const next = { ...previous };
      if (found[name]) next[name] = found[name];
      else delete next[name];
      return next;
    });
  }

  const listed = inFormOrder(summary, order);
  return (
    <FormContext.Provider value={{ formId, values, errors, mounted, added: state.addedOptions }}>
      {state.status === "conflict" && state.conflict && (
        <ConflictPanel conflict={state.conflict} headingId={conflictHeading} currentHref={currentHref} />
      )}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} onBlur={onBlur} noValidate className="flex flex-col gap-6">
        {/* Enter in a field submits with a form's first button: this one, the save at the end,
            rather than a step above it that saves nothing (split pasted lines, add a row). */}
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" disabled={pending} />
        {listed.length > 0 && (
          <div id={summaryId} tabIndex={-1} className="rounded border-2 border-red-800 bg-surface p-4 dark:border-red-300">
            <h2 className="font-semibold">
              {state.message && state.status === "error" ? state.message : "Some fields need attention"}
              {`: ${fieldCount(summary)}`}
            </h2>
            <ul className="mt-2 list-disc pl-5">
              {listed.map(([name, messages]) => (
                <li key={name}>
                  {name ? (
                    // A message about one value of a group ("partyIds.1") leads to the group.
                    <a href={`#${fieldId(formId, name.replace(/\.\d+$/, ""))}`}>
                      {labelOf?.(name) ? `${labelOf(name)}: ` : ""}
                      {joinMessages(messages)}
                    </a>
                  ) : (
                    joinMessages(messages)
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.status === "done" && state.message && (
          <p className="rounded border-2 border-green-800 bg-surface p-3 font-medium dark:border-green-300">{state.message}</p>
        )}
        {state.status === "error" && listed.length === 0 && state.message && (
          <p id={summaryId} tabIndex={-1} className="rounded border-2 border-red-800 bg-surface p-4 font-medium dark:border-red-300">
            {state.message}
          </p>
        )}
        {children}
        <div>
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? "Saving…" : state.status === "conflict" ? "Save my version over theirs" : submitLabel}
          </button>
        </div>
      </form>
    </FormContext.Provider>
  );
}
