// What a server action hands back to its form, one model for every form: field errors
// keyed by field name (the same dotted path the schema reports, e.g. "terms.claims.0.claim"),
// one message for the live region and the values as submitted (so the form shows them
// again, with or without JavaScript). An edit form's state adds what to compare when
// someone else saved first, choices added inline, and a count of submissions.
import { isAppError, plainFieldErrors, type FieldErrors } from "@/lib/errors/app-error";
import type { FieldValues, Option } from "./fields";

export type FormState = {
  status: "idle" | "error" | "done";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
};

export const idleForm: FormState = { status: "idle" };

/** A small form that keeps no values, drawn afresh after each submission (seating a party). */
export type CountedFormState = FormState & {
  /** Counts submissions. */
  seq: number;
};

export const idleCountedForm: CountedFormState = { status: "idle", seq: 0 };

/** Maps a domain error to form state; anything else is a bug and is rethrown. */
export function formStateFromError(error: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  return { status: "error", message: error.message, fieldErrors: plainFieldErrors(error.details.fieldErrors), values };
}

/**
 * Who changed a field since the version the editor started from: nobody, the editor only,
 * the other editor only, both alike, both differently; "unrecorded" when that version does
 * not hold the field.
 */
export type FieldChange = "none" | "yours" | "theirs" | "both-same" | "both-different" | "unrecorded";

/**
 * One row of the conflict screen: a field as the editor submitted it and as it is now
 * stored; with the version the editor started from, also as it was then and who changed it.
 */
export type ConflictRow = { label: string; yours: string; theirs: string; same: boolean; path?: string; base?: string; change?: FieldChange };

export type Conflict = {
  /** The stored version, to send with a deliberate second save. */
  version: number;
  /** The version the editor started from, when its state was found: the rows then compare three ways. */
  startedFrom?: number;
  /** Whether the form now holds the other editor's changes to fields the editor left alone. */
  merged?: boolean;
  rows: ConflictRow[];
  savedBy?: string;
  savedAt?: string;
};

export type EditFormState = Omit<FormState, "status" | "values"> & {
  status: FormState["status"] | "conflict";
  /** Every field as submitted, repeated fields (checkboxes) as lists. */
  values?: FieldValues;
  conflict?: Conflict;
  /** Choices added by this submission (a source created inline), keyed by the field they belong to. */
  addedOptions?: Record<string, Option[]>;
  /** Counts submissions, so the form is drawn afresh from `values` after each one. */
  seq: number;
  /** After a step that saved nothing (a row moved), the value of the step button to focus, as the form is drawn afresh. */
  focusStep?: string;
};

export const idleEditForm: EditFormState = { status: "idle", seq: 0 };
