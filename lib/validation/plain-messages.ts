// Plain words for what a schema refuses when it names no message of its own. Most fields of
// Parley's records carry their own ("Choose a stance: …"), but the term shapes (lib/terms)
// and a few lists state only types and bounds, for which Zod's English reads as code
// ("Too big: expected number to be <=36500", "Invalid option: expected one of "a"|"b""). The
// API answers with these words and the forms show them (lib/forms/validate.ts puts some in a
// form's own words), so both doors say the same thing. Zod asks for them as it makes each
// message; a schema's own message still comes first.
//
// Importing this module installs the words: the modules every parse goes through import it
// (lib/errors/app-error.ts, lib/forms/validate.ts, lib/terms/shared.ts,
// lib/validation/text-field.ts).
import { z } from "zod";

const number = new Intl.NumberFormat("en-GB");

type Issue = z.core.$ZodRawIssue;
type Bound = { origin: string; inclusive?: boolean };

const KINDS: Record<string, string> = {
  int: "a whole number",
  number: "a number",
  boolean: "true or false",
  string: "text",
  array: "a list",
  object: "an object of named values",
  record: "an object of named values",
};

function wrongType(issue: Issue & { expected: string }): string | undefined {
  const kind = KINDS[issue.expected];
  if (!kind) return undefined;
  return issue.input === undefined ? `Required: ${kind}` : `Must be ${kind}`;
}

function tooBig(issue: Issue & Bound & { maximum: number | bigint }): string | undefined {
  const limit = number.format(issue.maximum);
  if (issue.origin === "number" || issue.origin === "int") return issue.inclusive ? `Must be at most ${limit}` : `Must be below ${limit}`;
  if (issue.origin === "string") return `Must be at most ${limit} characters`;
  if (issue.origin === "array" || issue.origin === "set") return `List at most ${limit}`;
  return undefined;
}

function tooSmall(issue: Issue & Bound & { minimum: number | bigint }): string | undefined {
  const limit = number.format(issue.minimum);
  if (issue.origin === "number" || issue.origin === "int") {
    if (!issue.inclusive) return `Must be above ${limit}`;
    return Number(issue.minimum) === 0 ? "Must be 0 or more" : `Must be at least ${limit}`;
  }
  if (issue.origin === "string") return Number(issue.minimum) === 1 ? "Must not be empty" : `Must be at least ${limit} characters`;
  if (issue.origin === "array" || issue.origin === "set") return Number(issue.minimum) === 1 ? "List at least one" : `List at least ${limit}`;
  return undefined;
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? `"${v}"` : String(v))).join(", ");
}

/** The plain message for an issue, or undefined to leave it to Zod's English. */
export function plainIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return wrongType(issue);
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_value":
      return issue.values.length === 1 ? `Must be ${quoted(issue.values)}` : `Must be one of: ${quoted(issue.values)}`;
    case "unrecognized_keys":
      return issue.keys.length === 1 ? `Not a field here: ${quoted(issue.keys)}` : `Not fields here: ${quoted(issue.keys)}`;
    case "not_multiple_of":
      return `Must be a multiple of ${number.format(Number(issue.divisor))}`;
    default:
      return undefined;
  }
}

z.config({ customError: plainIssueMessage });
