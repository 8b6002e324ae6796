// Runs a record's own schema over a form's assembled input and reports messages by the
// form's field names. The client form calls it for instant feedback; the server parses
// again in the domain, and its messages go through `friendlyErrors` the same way.
import type { z } from "zod";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/errors/app-error";
import { renameErrors, type Renames } from "./fields";

// The term schemas (lib/terms) state types and bounds, which lib/validation/plain-messages.ts
// words for the API ("Must be a whole number", "Must be at most 36,500"); a form asks for
// what to enter where that reads better, and names its own lists.
const TERMS_WORDING: [RegExp, RegExp, string][] = [
  [/^terms\.claims\.\d+\.area$/, /^(Choose an area|That is not the slug of an area)/, "Choose an area for this claim"],
  [/^terms\.claims\.\d+\.outcome$/, /^Choose an outcome/, "Choose what should become of the area"],
  [/^terms\./, /^(Must be|Required:) a (whole )?number$/, "Enter a whole number"],
  [/^terms\./, /^Must be above 0$/, "Enter a whole number above 0"],
  [/^terms\./, /^Must be 0 or more$/, "Enter 0 or a larger whole number"],
  [/^terms\./, /^Must be one of: /, "Choose one of the listed options"],
  [/^terms\.preconditions/, /^(Must be at most [\d,]+ characters|List at most)/, "Keep each precondition to 500 characters and list at most 50"],
];

export function friendlyErrors(errors: FieldErrors): FieldErrors {
  // Plain (what a form's state may carry to the client), each key defined, not assigned.
  return Object.fromEntries(
    Object.entries(errors).map(([path, messages]) => [
      path,
      [...new Set(messages.map((message) => TERMS_WORDING.find(([p, m]) => p.test(path) && m.test(message))?.[2] ?? message))],
    ]),
  );
}

/** The schema's messages for `input`, keyed by the form's field names (prefixed, e.g. "newSource."). */
export function validateFields(schema: z.ZodType, input: unknown, renames: Renames = {}, prefix = ""): FieldErrors {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const byPath = fieldErrorsFrom(result.error);
  const prefixed = Object.fromEntries(Object.entries(byPath).map(([k, v]) => [prefix + k, v]));
  return friendlyErrors(renameErrors(prefixed, renames));
}

export function mergeErrors(...all: FieldErrors[]): FieldErrors {
  // No prototype: a path can hold a key from the input ("toString").
  const out: FieldErrors = Object.create(null);
  for (const errors of all) for (const [k, v] of Object.entries(errors)) (out[k] ??= []).push(...v);
  return out;
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
