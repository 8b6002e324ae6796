// The rules every editor-typed text obeys, so forms, the API and revert agree on them.
// Text is trimmed, line endings become "\n" and it is stored in Unicode's composed form.
// Refused, with a message naming the field: control characters (other than newline and
// tab in multi-line text), the invisible bidirectional overrides that can make text read
// differently from what is stored ("Trojan Source"), broken UTF-16, text that shows nothing
// (zero-width characters alone) and over-long text.
// Markup such as <script> is harmless here and stored as typed: pages escape it.
import { z } from "zod";
import "@/lib/validation/plain-messages";
import { plural } from "@/lib/words/plural";
import { wholeNumberFrom } from "./whole-number";

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAK = /[\n\u2028\u2029]/u;
// Text that shows nothing: spaces of every kind, format characters (zero-width spaces and
// joiners), lone combining marks, and the fillers that render blank (Hangul, Braille blank).
const NOTHING_VISIBLE = /^[\p{White_Space}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]+$/u;
const number = new Intl.NumberFormat("en-GB");

/** Characters as a reader counts them (an emoji is one, not two). */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function normalise(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.replace(/\r\n?/g, "\n").trim();
  return text.isWellFormed() ? text.normalize("NFC") : text;
}

type TextOptions = {
  /** How the field is named in messages: "the summary", "a quote". */
  label: string;
  max: number;
  min?: number;
  /** Allow line breaks and tabs (summaries, notes). */
  multiline?: boolean;
};

function checks(options: TextOptions) {
  const { label, max, min = 1, multiline = false } = options;
  const Label = label[0]!.toUpperCase() + label.slice(1);
  return z
    .string({ error: (issue) => (issue.input == null ? `Enter ${label}` : `${Label} must be text`) })
    .superRefine((text, ctx) => {
      if (!text.isWellFormed()) {
        ctx.addIssue({ code: "custom", message: `${Label} contains broken characters; retype or paste it again` });
        return;
      }
      if (CONTROL.test(text)) {
        ctx.addIssue({ code: "custom", message: `${Label} contains invisible control characters; remove them` });
      }
      if (BIDI_OVERRIDE.test(text)) {
        ctx.addIssue({
          code: "custom",
          message: `${Label} contains invisible text-direction override characters, which can make it read differently from what is stored; remove them`,
        });
      }
      if (!multiline && (LINE_BREAK.test(text) || text.includes("\t"))) {
        ctx.addIssue({ code: "custom", message: `${Label} must fit on one line` });
      }
      if (NOTHING_VISIBLE.test(text)) {
        ctx.addIssue({ code: "custom", message: `${Label} holds only invisible characters: type some words` });
        return;
      }
      const count = characterCount(text);
      if (count < min) {
        ctx.addIssue({ code: "custom", message: min === 1 ? `Enter ${label}` : `${Label} needs at least ${min} characters` });
      }
      if (count > max) {
        ctx.addIssue({
          code: "custom",
          message: `${Label} is too long: ${number.format(count)} characters, the limit is ${number.format(max)}`,
        });
      }
    })
    // For the OpenAPI document: the limits the checks above enforce (in characters).
    .meta({ minLength: min, maxLength: max });
}

/** A required text field. */
export function requiredText(options: TextOptions) {
  return z.preprocess(normalise, checks(options));
}

/** An optional text field: empty, blank or missing is stored as null. */
export function optionalText(options: TextOptions) {
  return z.preprocess((value) => {
    const text = normalise(value);
    return text === "" || text === undefined ? null : text;
  }, checks(options).nullable());
}

/**
 * Text a reader looks for (a search, an API text filter), refused if it holds control
 * characters: no record holds them, and PostgreSQL text cannot hold NUL at all.
 */
export function lookedForText(schema: z.ZodString) {
  return schema.refine((text) => !/[\u0000-\u001F\u007F]/.test(text), { error: "Leave out control characters" });
}

/** Options for `z.strictObject` so an unknown field is named plainly. */
export const knownFieldsOnly = {
  error: (issue: { code?: string; keys?: string[]; input?: unknown }) => {
    if (issue.code === "unrecognized_keys" && issue.keys) {
      return `Parley does not know the field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `“${k}”`).join(", ")}`;
    }
    if (issue.code === "invalid_type") return "Send the record's fields as an object";
    return undefined;
  },
};

/** Lowercase words joined by hyphens, as in URLs. */
export const slugField = z.preprocess(
  normalise,
  z
    .string({ error: "Enter a slug" })
    .min(1, "Enter a slug: lowercase words joined by hyphens, as in the page's address")
    .max(80, "Keep the slug to 80 characters or fewer")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters and digits, words joined by single hyphens (e.g. strelsau-2025)"),
);

/** The id of another record, chosen in a form or given by the API. */
export function recordId(what: string) {
  return z.preprocess(
    normalise,
    z
      .string({ error: `Choose ${what}` })
      .min(1, `Choose ${what}`)
      .max(100, `That is not a valid id for ${what}`)
      .regex(/^[A-Za-z0-9_-]+$/, `That is not a valid id for ${what}`),
  );
}

/** An optional reference: empty or missing is stored as null. */
export function optionalRecordId(what: string) {
  return z.preprocess((value) => {
    const text = normalise(value);
    return text === "" || text === undefined ? null : text;
  }, recordId(what).nullable());
}

/** A list of ids, each at most once. */
export function recordIds(what: string, { min = 0, max = 200 }: { min?: number; max?: number } = {}) {
  return z
    .array(recordId(what), { error: `Give a list of ${plural(what)}` })
    .min(min, `Choose at least ${min === 1 ? "one" : min} ${min === 1 ? what : plural(what)}`)
    .max(max, `Choose at most ${max} ${plural(what)}`)
    .refine((ids) => new Set(ids).size === ids.length, { error: `Each ${what} may be listed only once` });
}

/** Where a record stands among its siblings (an issue's column, an area's row): low to high, 0 when not given. */
export const orderField = wholeNumberFrom(
  z
    .number({ error: "Give the order as a whole number" })
    .int("Give the order as a whole number")
    .min(0, "The order cannot be negative")
    .max(10_000, "The order must be 10,000 or less")
    .default(0),
);

/** A version number from the record an editor started from (optimistic concurrency). */
export const versionField = wholeNumberFrom(
  z
    .number({ error: "The record's version is missing; reload the page" })
    .int("The record's version must be a whole number")
    .positive("The record's version must be a whole number from 1"),
);
