"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { partyFromFields, partyToFields } from "@/lib/parties/party-form-fields";
import { partyInput, toPartyInput } from "@/lib/parties/party-input";
import { updateParty } from "@/lib/parties/update-party";
import type { PartySnapshot } from "@/lib/parties/party-snapshot";

export async function updatePartyAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = partyFromFields(values);
  const version = Number(text(values, "version"));
  const result = await attemptSave<PartySnapshot, PartySnapshot>(
    (actor) => updateParty({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "party", yours: input, schema: partyInput, toInput: toPartyInput, version, form: { toFields: partyToFields, fromFields: partyFromFields } },
    },
  );
  if ("state" in result) return result.state;
  redirect(`/parties/${encodeURIComponent(result.saved.slug)}?saved=changed`);
}
