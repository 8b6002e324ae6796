import { z } from "zod";
import { parsePartialDate, toPartialDateText } from "@/lib/dates/partial-date";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { isEmptyTerms, termsSchemaByKind } from "@/lib/terms";
import { attributionKinds, stances, termsConfidences, type IssueKind } from "@/lib/vocab";
import { dayField, optionalDayField, partialDateField } from "@/lib/validation/date-field";
import { knownFieldsOnly, optionalRecordId, optionalText, recordId, recordIds, requiredText } from "@/lib/validation/text-field";

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** Every field some issue kind's terms have. */
const termFields = new Set(Object.values(termsSchemaByKind).flatMap((schema) => Object.keys(schema.shape)));

/**
 * Terms that state nothing (empty lists only) are saved as no terms, before the issue's kind
 * is known to check them against (lib/positions/position-writer.ts). A field no kind has
 * would then vanish with its empty list — `{"clams": []}` erasing the stored terms with a
 * 200 — where the same field with a value is refused: so it is refused here too.
 */
function noUnknownFieldsInBlankTerms(terms: Record<string, unknown> | null, ctx: z.RefinementCtx) {
  if (!terms || !isEmptyTerms(terms)) return;
  const unknown = Object.keys(terms).filter((key) => !termFields.has(key));
  if (unknown.length) {
    ctx.addIssue({ code: "custom", message: `No kind of issue has the term${unknown.length > 1 ? "s" : ""} ${unknown.slice(0, 5).map((k) => `“${k.slice(0, 60)}”`).join(", ")}: check the spelling` });
  }
}

/** One source a position cites, with the words quoted from it and who said them. */
export const citationInput = z.strictObject({
  sourceId: recordId("a source"),
  attribution: z.enum(attributionKinds, { error: `Choose how the source attributes it: ${attributionKinds.join(", ")}` }),
  quote: optionalText({ label: "the quote", max: 500, multiline: true }),
  speaker: optionalText({ label: "the speaker", max: 200 }),
}, knownFieldsOnly);
export type CitationInput = z.infer<typeof citationInput>;

const positionFields = z.strictObject({
  partyId: recordId("a party"),
  issueId: recordId("an issue"),
  eventId: optionalRecordId("an event"),
  stance: z.enum(stances, { error: `Choose a stance: ${stances.join(", ")}` }),
  summary: requiredText({ label: "the summary", max: 2000, multiline: true }),
  details: optionalText({ label: "the details field", max: 5000, multiline: true }),
  notes: optionalText({ label: "the editorial note", max: 5000, multiline: true }),
  // Checked against the schema of the issue's kind when saved (lib/terms), since the
  // kind is the issue's; a form that knows the kind can use `positionInputFor(kind)`.
  terms: z.preprocess(
    blankToNull,
    z
      .record(z.string(), z.unknown(), { error: "Give the terms as an object of named values" })
      .nullable()
      .superRefine(noUnknownFieldsInBlankTerms)
      .transform((terms) => (isEmptyTerms(terms) ? null : terms)),
  ),
  termsConfidence: z.preprocess(
    blankToNull,
    z.enum(termsConfidences, { error: `Choose a confidence: ${termsConfidences.join(", ")}` }).nullable(),
  ),
  termsNote: optionalText({ label: "the coding note", max: 1000, multiline: true }),
  statedOn: partialDateField("the statement date", { past: true }),
  withdrawnOn: optionalDayField("the withdrawal date", { past: true }),
  citations: z
    .array(citationInput, { error: "Give the list of sources cited" })
    .min(1, "Cite at least one source")
    .max(50, "A position can cite at most 50 sources")
    .superRefine((citations, ctx) => {
      const seen = new Set<string>();
      citations.forEach((c, i) => {
        if (seen.has(c.sourceId)) {
          ctx.addIssue({ code: "custom", path: [i, "sourceId"], message: "This source is already cited: put both quotes in one citation" });
        }
        seen.add(c.sourceId);
      });
    }),
  // Points of plans the statement was made about or in, in the editor's order.
  pointIds: recordIds("plan point", { max: 50 }).default([]),
}, knownFieldsOnly);

function withdrawalAfterStatement(value: { statedOn: string; withdrawnOn: string | null }, ctx: z.RefinementCtx) {
  const stated = parsePartialDate(value.statedOn);
  const withdrawn = value.withdrawnOn ? parsePartialDate(value.withdrawnOn) : null;
  if (stated && withdrawn && withdrawn.date < stated.date) {
    ctx.addIssue({ code: "custom", path: ["withdrawnOn"], message: "The withdrawal date cannot be before the statement date" });
  }
}

/** A position: what one party wants or offers on one issue, as stated at a date, with its sources. */
export const positionInput = positionFields.superRefine(withdrawalAfterStatement);
export type PositionInput = z.infer<typeof positionInput>;

/** The position schema with terms checked against one issue kind, for a form that knows the issue. */
export function positionInputFor(kind: IssueKind) {
  return positionFields
    .extend({ terms: z.preprocess(blankToNull, termsSchemaByKind[kind].nullable()) })
    .superRefine(withdrawalAfterStatement);
}

/** A new statement superseding a position: same party, same issue, so those are not asked for. */
export const newStatementInput = positionFields
  .omit({ partyId: true, issueId: true })
  .superRefine(withdrawalAfterStatement);
export type NewStatementInput = z.infer<typeof newStatementInput>;

/** When a position was withdrawn. */
export const withdrawalInput = z.strictObject({ withdrawnOn: dayField("the withdrawal date", { past: true }) });

/** The form's values for a stored position; citations the snapshot did not record come from `current`. */
export function toPositionInput(p: PositionSnapshot, current?: PositionSnapshot | null) {
  return {
    partyId: p.partyId,
    issueId: p.issueId,
    eventId: p.eventId,
    stance: p.stance,
    summary: p.summary,
    details: p.details,
    notes: p.notes,
    terms: p.terms,
    termsConfidence: p.termsConfidence,
    termsNote: p.termsNote,
    statedOn: toPartialDateText(new Date(p.statedOn), p.statedOnPrecision),
    withdrawnOn: p.withdrawnOn ? p.withdrawnOn.slice(0, 10) : null,
    citations: (p.citations ?? current?.citations ?? []).map((c) => ({
      sourceId: c.sourceId,
      attribution: c.attribution,
      quote: c.quote,
      speaker: c.speaker,
    })),
    pointIds: p.pointIds ?? current?.pointIds ?? [],
  };
}
