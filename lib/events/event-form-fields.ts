// An event's form fields ⇄ its input, for the client form and the server actions alike.
import { toPartialDateText } from "@/lib/dates/partial-date";
import { list, type Assembled, type FieldValues, type Renames } from "@/lib/forms/fields";
import { pick, toFields, idRows, idRowFields } from "@/lib/forms/record-fields";
import type { EventSnapshot } from "./event-snapshot";

const EVENT_TEXT = ["negotiationId", "slug", "name", "date", "location", "summary"] as const;
export function eventFromFields(fields: FieldValues): Assembled {
  const renames: Renames = {};
  return {
    input: { ...pick(fields, EVENT_TEXT), participantIds: list(fields, "participantIds"), sourceIds: idRows(fields, "sourceIds", renames) },
    renames,
  };
}
export function eventToFields(e: EventSnapshot): FieldValues {
  return {
    ...toFields(e, EVENT_TEXT),
    date: toPartialDateText(new Date(e.date), e.datePrecision),
    participantIds: e.participantIds ?? [],
    ...idRowFields("sourceIds", e.sourceIds ?? []),
  };
}
