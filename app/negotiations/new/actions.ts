"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { negotiationFromFields } from "@/lib/negotiations/negotiation-form-fields";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { setupHref } from "@/lib/negotiations/setup-return";

export async function createNegotiationAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = negotiationFromFields(values);
  const result = await attemptSave((actor) => createNegotiation({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  // A new negotiation has no parties, issues or areas yet: its set-up page guides the next steps.
  redirect(setupHref(result.saved.slug));
}
