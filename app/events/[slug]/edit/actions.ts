"use server";
import { redirect } from "next/navigation";
import { eventInput, toEventInput } from "@/lib/events/event-input";
import { updateEvent } from "@/lib/events/update-event";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { eventFromFields, eventToFields } from "@/lib/events/event-form-fields";
import type { EventSnapshot } from "@/lib/events/event-snapshot";

export async function updateEventAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = eventFromFields(values);
  const version = Number(text(values, "version"));
  const result = await attemptSave<EventSnapshot, EventSnapshot>(
    (actor) => updateEvent({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "event", yours: input, schema: eventInput, toInput: (c) => toEventInput(c), version, form: { toFields: eventToFields, fromFields: eventFromFields } },
    },
  );
  if ("state" in result) return result.state;
  redirect(`/events/${encodeURIComponent(result.saved.slug)}?saved=changed`);
}
