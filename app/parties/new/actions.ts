"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import { findNegotiation } from "@/lib/forms/find-record";
import type { EditFormState } from "@/lib/forms/form-state";
import { setupHref } from "@/lib/negotiations/setup-return";
import { partyFromFields } from "@/lib/parties/party-form-fields";
import { createParty } from "@/lib/parties/create-party";

export async function createPartyAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = partyFromFields(values);
  const result = await attemptSave((actor) => createParty({ input, actor, note: text(values, "note") }), { previous, values, renames });
  if ("state" in result) return result.state;
  // Opened from a negotiation's set-up: back there, with the new party chosen in its seating form.
  const seatIn = text(values, "seatIn");
  const negotiation = seatIn ? await findNegotiation(seatIn) : null;
  if (negotiation) redirect(setupHref(negotiation.slug, { hash: "step-parties", seat: result.saved.slug }));
  redirect(`/parties/${encodeURIComponent(result.saved.slug)}?saved=created`);
}
