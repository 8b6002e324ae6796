// Building blocks of the API's schemas: path and query parameters, the shapes every record
// shares, the list envelope and the problem document. Handlers validate with these and the
// OpenAPI document is generated from them (lib/api/openapi.ts).
import { z } from "zod";
import { wholeNumberFrom } from "@/lib/validation/whole-number";
import { revisionIdInput, revisionNote } from "@/lib/revisions/edit-commands";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { lookedForText } from "@/lib/validation/text-field";

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

export const recordIdOutput = z.string().meta({ description: "The record's id" });

/** `{id}` in an item path: the record's id, or its slug where it has one. */
export const itemPath = z.strictObject({
  id: z
    .string()
    .min(1, "empty id")
    .max(100, "ids are at most 100 characters")
    .regex(ID_PATTERN, "ids and slugs use letters, digits, - and _ only")
    .meta({ description: "The record's id (or slug, for records that have one)" }),
});

/** A filter naming another record by id or slug. */
export const refFilter = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Name ${what} by id or slug`)
    .max(100, `That is not an id or slug of ${what}`)
    .regex(ID_PATTERN, `That is not an id or slug of ${what}`)
    .meta({ description: `Only records of this ${what} (id or slug)` });

export const textFilter = lookedForText(
  z.string().trim().min(1, "Give some text to look for").max(200, "Keep the text under 200 characters"),
).meta({ description: "Only records whose text contains this (case-insensitive on letters A–Z)" });

const DATE_PARAM_MESSAGE = "Use a real date between 1900 and 2200, as YYYY-MM-DD";

/** A calendar date in a query string, within the years Parley records (1900–2200): one message for any bad value. */
export const dateParam = (description: string) =>
  z.iso
    .date({ error: DATE_PARAM_MESSAGE, abort: true })
    .refine((text) => parsePartialDate(text) !== null, { error: DATE_PARAM_MESSAGE })
    .meta({ description: `${description} (YYYY-MM-DD)` });

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

/** Pagination parameters every list takes. */
export const pageQuery = z.strictObject({
  limit: wholeNumberFrom(
    z
      .number({ error: `Give the limit as a whole number from 1 to ${MAX_LIMIT}` })
      .int(`Give the limit as a whole number from 1 to ${MAX_LIMIT}`)
      .min(1, `Give the limit as a whole number from 1 to ${MAX_LIMIT}`)
      .max(MAX_LIMIT, `The limit is at most ${MAX_LIMIT}`)
      .default(DEFAULT_LIMIT),
  ).meta({ description: `Items per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT})` }),
  cursor: z
    .string()
    .min(1, "Unknown cursor")
    .max(500, "Unknown cursor")
    .optional()
    .meta({ description: "The `nextCursor` of the previous page" }),
});

export const timestamp = z.iso.datetime().meta({ description: "A moment in UTC (ISO 8601)" });
export const partialDateText = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
  .meta({ description: "A date at the precision known: YYYY-MM-DD, YYYY-MM or YYYY" });
export const dayText = z.iso.date().meta({ description: "A calendar date, YYYY-MM-DD" });

/** What every stored record carries: its id, the version to send back with a change, and when it was recorded. */
export const recordMeta = {
  id: recordIdOutput,
  version: z.int().positive().meta({ description: "Rises by one on every change; send it back (or the ETag in If-Match) to change the record" }),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const links = <E extends Record<string, z.ZodType>>(extra: E) =>
  z.object({ self: z.string(), ...extra }).meta({ description: "Related addresses, relative to this site" });

export const negotiationRef = z.object({ id: z.string(), slug: z.string(), title: z.string() });
export const partyRef = z.object({ id: z.string(), slug: z.string(), name: z.string(), shortName: z.string() });

/** A page of a list. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null on the last page" }),
    links: z.object({ self: z.string(), next: z.string().nullable() }),
  });
}

/** Fields a write body may carry besides the record's own. */
export const writeNote = revisionNote.meta({ description: "Why the change was made; kept in the record's history" });
export const writeVersion = z
  .int({ error: "Give the record's version as a whole number" })
  .positive({ error: "Give the record's version as a whole number from 1" })
  .meta({ description: "The version the change starts from; instead of an If-Match header" });

export const revertRevisionId = revisionIdInput.meta({
  description: "The revision whose resulting state the record goes back to (its `after`), from the record's history",
});

/** RFC 9457 problem details, as every error is answered. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    errors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "Messages per field path (\"citations.0.sourceId\"); \"\" holds messages about the whole body" }),
    current: z.unknown().optional().meta({ description: "On 409 and 412: the record as it is now" }),
    reference: z.string().optional().meta({ description: "On 500: quote it when reporting the problem; the server's log has it" }),
  })
  .meta({ description: "RFC 9457 problem details" });
