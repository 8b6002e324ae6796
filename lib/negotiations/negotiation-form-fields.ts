// A negotiation's form fields ⇄ its input, for the client form and the server actions alike.
import { asText, readRows, type Assembled, type FieldValues, type Renames } from "@/lib/forms/fields";
import { pick, toFields } from "@/lib/forms/record-fields";
import type { NegotiationSnapshot } from "./negotiation-snapshot";

const NEGOTIATION_TEXT = ["slug", "title", "summary", "status"] as const;
export function negotiationFromFields(fields: FieldValues): Assembled {
  const renames: Renames = {};
  const parties = readRows(fields, "parties", ["partyId", "role"], renames);
  return { input: { ...pick(fields, NEGOTIATION_TEXT), parties }, renames };
}
export function negotiationToFields(n: NegotiationSnapshot): FieldValues {
  const out = toFields(n, NEGOTIATION_TEXT);
  (n.parties ?? []).forEach((seat, i) => {
    out[`parties.${i}.partyId`] = seat.partyId;
    out[`parties.${i}.role`] = asText(seat.role);
  });
  return out;
}
