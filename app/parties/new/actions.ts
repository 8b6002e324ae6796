"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { partyFromFields } from "@/lib/parties/party-form-fields";
import { createParty } from "@/lib/parties/create-party";

export async function createPartyAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = partyFromFields(values);
  const result = await attemptSave((actor) => createParty({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  redirect(`/parties/${encodeURIComponent(result.saved.slug)}`);
}
