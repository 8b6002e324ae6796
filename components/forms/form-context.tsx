"use client";

import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/errors/app-error";
import { messagesWithItems } from "@/lib/forms/field-messages";
import { fieldId, type FieldValues, type Option } from "@/lib/forms/fields";

type FormContextValue = {
  formId: string;
  values: FieldValues;
  errors: FieldErrors;
  /** Set once JavaScript runs: controls that need it (add/remove rows) show only then. */
  mounted: boolean;
  added?: Record<string, Option[]>;
};

export const FormContext = createContext<FormContextValue>({ formId: "form", values: {}, errors: {}, mounted: false });

/**
 * A field's id, starting value, messages and the attributes that tie them together. A field
 * posting several values (`items`, a group of checkboxes) also takes the messages about each
 * value ("partyIds.1": that party is retracted), which have no control of their own.
 */
export function useField(name: string, hint?: boolean, items = false) {
  const { formId, values, errors } = useContext(FormContext);
  const id = fieldId(formId, name);
  const messages = items ? messagesWithItems(errors, name) : errors[name];
  const errorId = messages?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const value = values[name];
  return {
    id,
    name,
    messages,
    errorId,
    hintId,
    defaultValue: Array.isArray(value) ? (value[0] ?? "") : (value ?? ""),
    defaultValues: value === undefined ? [] : Array.isArray(value) ? value : [value],
    a11y: {
      id,
      "aria-invalid": errorId ? (true as const) : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

/**
 * `options` and any choice the form was handed for a value it holds but the page did not
 * list (after a conflict, a record the other editor linked since the page was drawn), so
 * the value is shown and saved rather than silently replaced.
 */
export function useChoices(options: readonly Option[], values: readonly string[]): readonly Option[] {
  const { added } = useContext(FormContext);
  const listed = new Set(options.map((o) => o.value));
  const missing = (added?.saved ?? []).filter((o) => values.includes(o.value) && !listed.has(o.value));
  return missing.length ? [...options, ...missing] : options;
}

export function useFormValues() {
  return useContext(FormContext);
}
