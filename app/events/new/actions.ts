"use server";
import { redirect } from "next/navigation";
import { createEvent } from "@/lib/events/create-event";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { eventFromFields } from "@/lib/events/event-form-fields";

export async function createEventAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = eventFromFields(values);
  const result = await attemptSave((actor) => createEvent({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  redirect(`/events/${encodeURIComponent(result.saved.slug)}?saved=created`);
}
