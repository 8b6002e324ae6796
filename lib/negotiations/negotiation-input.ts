import { z } from "zod";
import type { NegotiationSnapshot } from "@/lib/negotiations/negotiation-snapshot";
import { negotiationStatuses } from "@/lib/vocab";
import { knownFieldsOnly, optionalText, recordId, requiredText, slugField } from "@/lib/validation/text-field";

/** A party's seat at the table: the list's order is the matrix's row order. */
export const negotiationSeatInput = z.strictObject({
  partyId: recordId("a party"),
  role: optionalText({ label: "the role", max: 120 }),
}, knownFieldsOnly);

export const negotiationInput = z.strictObject({
  slug: slugField,
  title: requiredText({ label: "the title", max: 200 }),
  summary: requiredText({ label: "the summary", max: 2000, multiline: true }),
  status: z.enum(negotiationStatuses, { error: `Choose a status: ${negotiationStatuses.join(", ")}` }),
  parties: z
    .array(negotiationSeatInput, { error: "Give the list of parties" })
    .max(100, "A negotiation can have at most 100 parties")
    .superRefine((seats, ctx) => {
      const seen = new Set<string>();
      seats.forEach((seat, i) => {
        if (seen.has(seat.partyId)) ctx.addIssue({ code: "custom", path: [i, "partyId"], message: "This party is already listed" });
        seen.add(seat.partyId);
      });
    }),
}, knownFieldsOnly);
export type NegotiationInput = z.infer<typeof negotiationInput>;

/** The form's values for a stored negotiation; seats the snapshot did not record come from `current`. */
export function toNegotiationInput(n: NegotiationSnapshot, current?: NegotiationSnapshot | null) {
  return {
    slug: n.slug,
    title: n.title,
    summary: n.summary,
    status: n.status,
    parties: n.parties ?? current?.parties ?? [],
  };
}
