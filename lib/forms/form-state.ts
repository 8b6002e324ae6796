// What an editing server action hands back to its form: field errors keyed by field name
// (the same dotted path the schema reports, e.g. "terms.claims.0.claim"), one message for
// the live region, the values as submitted (so the form shows them again, with or without
// JavaScript) and, when someone else saved first, what to compare before saving again.
import type { FieldErrors } from "@/lib/errors/app-error";
import type { FieldValues, Option } from "./fields";

/** One row of the conflict screen: a field as the editor submitted it and as it is now stored. */
export type ConflictRow = { label: string; yours: string; theirs: string; same: boolean };

export type Conflict = {
  /** The stored version, to send with a deliberate second save. */
  version: number;
  rows: ConflictRow[];
  savedBy?: string;
  savedAt?: string;
};

export type EditFormState = {
  status: "idle" | "error" | "conflict" | "done";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: FieldValues;
  conflict?: Conflict;
  /** Choices added by this submission (a source created inline), keyed by the field they belong to. */
  addedOptions?: Record<string, Option[]>;
  /** Counts submissions, so the form is drawn afresh from `values` after each one. */
  seq: number;
};

export const idleEditForm: EditFormState = { status: "idle", seq: 0 };
