import "server-only";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { checkReferences, FieldErrorList, listReferences, ownNegotiation } from "@/lib/validation/check-references";
import { eventInput, toEventInput, type EventInput } from "./event-input";
import { loadEventSnapshot, type EventSnapshot } from "./event-snapshot";
import { visibleEvent } from "@/lib/events/event-visibility";

const slugTaken = "Another event already uses this slug: choose another";

export const eventWriter: RecordWriter<EventSnapshot, EventInput> = {
  entityType: "event",
  noun: "event",
  visible: visibleEvent,
  load: loadEventSnapshot,
  schema: eventInput,
  toInput: (snapshot, current) => toEventInput(snapshot, current),
  async check(tx, input, before) {
    const errors = new FieldErrorList();
    const other = await tx.event.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (other && other.id !== before?.id) errors.add("slug", slugTaken);
    await checkReferences(
      tx,
      [
        ownNegotiation(errors, "An event", input, before),
        ...listReferences("participantIds", "party", "party", input.participantIds, before?.participantIds),
        ...listReferences("sourceIds", "source", "source", input.sourceIds, before?.sourceIds),
      ],
      errors,
    );
    errors.throwIfAny();
  },
  columns: ({ participantIds: _p, sourceIds: _s, date, ...columns }) => {
    const when = parsePartialDate(date)!;
    return { ...columns, date: when.date, datePrecision: when.precision };
  },
  async writeRelations(tx, id, input) {
    await tx.eventParticipant.deleteMany({ where: { eventId: id } });
    await tx.eventParticipant.createMany({ data: input.participantIds.map((partyId) => ({ eventId: id, partyId })) });
    await tx.eventSource.deleteMany({ where: { eventId: id } });
    await tx.eventSource.createMany({ data: input.sourceIds.map((sourceId, order) => ({ eventId: id, sourceId, order })) });
  },
  unique: { field: "slug", message: slugTaken },
};
