import { z } from "zod";
import { toPartialDateText } from "@/lib/dates/partial-date";
import type { EventSnapshot } from "@/lib/events/event-snapshot";
import { partialDateField } from "@/lib/validation/date-field";
import { knownFieldsOnly, optionalText, recordId, recordIds, requiredText, slugField } from "@/lib/validation/text-field";

export const eventInput = z.strictObject({
  negotiationId: recordId("a negotiation"),
  slug: slugField,
  name: requiredText({ label: "the name", max: 200 }),
  date: partialDateField("the date"),
  location: optionalText({ label: "the location", max: 200 }),
  summary: requiredText({ label: "the summary", max: 2000, multiline: true }),
  // Participants have no order of their own: kept sorted so the same set reads the same.
  participantIds: recordIds("party").transform((ids) => [...ids].sort()),
  sourceIds: recordIds("source"),
}, knownFieldsOnly);
export type EventInput = z.infer<typeof eventInput>;

/** The form's values for a stored event; relations the snapshot did not record come from `current`. */
export function toEventInput(e: EventSnapshot, current?: EventSnapshot | null) {
  return {
    negotiationId: e.negotiationId,
    slug: e.slug,
    name: e.name,
    date: toPartialDateText(new Date(e.date), e.datePrecision),
    location: e.location,
    summary: e.summary,
    participantIds: e.participantIds ?? current?.participantIds ?? [],
    sourceIds: e.sourceIds ?? current?.sourceIds ?? [],
  };
}
