"use server";
import { redirect } from "next/navigation";
import { attemptSave } from "@/lib/forms/edit-state";
import { readFields, text } from "@/lib/forms/fields";
import type { EditFormState } from "@/lib/forms/form-state";
import { negotiationFromFields, negotiationToFields } from "@/lib/negotiations/negotiation-form-fields";
import { negotiationInput, toNegotiationInput } from "@/lib/negotiations/negotiation-input";
import { updateNegotiation } from "@/lib/negotiations/update-negotiation";
import type { NegotiationSnapshot } from "@/lib/negotiations/negotiation-snapshot";

export async function updateNegotiationAction(previous: EditFormState, form: FormData): Promise<EditFormState> {
  const values = readFields(form);
  const { input, renames } = negotiationFromFields(values);
  const version = Number(text(values, "version"));
  const result = await attemptSave<NegotiationSnapshot, NegotiationSnapshot>(
    (actor) => updateNegotiation({ id: text(values, "id") ?? "", version, input, actor, note: text(values, "note") }),
    {
      previous,
      values,
      renames,
      conflict: { entityType: "negotiation", yours: input, schema: negotiationInput, toInput: (c) => toNegotiationInput(c), version, form: { toFields: negotiationToFields, fromFields: negotiationFromFields } },
    },
  );
  if ("state" in result) return result.state;
  redirect(`/negotiations/${encodeURIComponent(result.saved.slug)}`);
}
