"use server";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/get-actor";
import { isAppError } from "@/lib/errors/app-error";
import { readFields, text } from "@/lib/forms/fields";
import type { CountedFormState } from "@/lib/forms/form-state";
import { seatParty } from "@/lib/negotiations/seat-party";

export async function seatPartyAction(previous: CountedFormState, form: FormData): Promise<CountedFormState> {
  const values = readFields(form);
  const partyId = text(values, "partyId");
  const seq = previous.seq + 1;
  if (!partyId) return { status: "error", message: "Choose a party to seat", seq };
  try {
    await seatParty({ negotiationId: text(values, "negotiationId") ?? "", partyId, role: text(values, "role"), actor: await getActor() });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fieldMessages = Object.values(error.details.fieldErrors ?? {}).flat();
    return { status: "error", message: fieldMessages[0] ?? error.message, seq };
  }
  revalidatePath("/negotiations/[slug]/setup", "page");
  return { status: "done", message: "Seated. It is listed above.", seq };
}
