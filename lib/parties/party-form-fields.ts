// A party's form fields ⇄ its input, for the client form and the server actions alike.
import { type Assembled, type FieldValues } from "@/lib/forms/fields";
import { pick, toFields } from "@/lib/forms/record-fields";
import type { PartySnapshot } from "./party-snapshot";

export const PARTY_FIELDS = ["slug", "name", "shortName", "kind", "colour"] as const;
export function partyFromFields(fields: FieldValues): Assembled {
  return { input: pick(fields, PARTY_FIELDS), renames: {} };
}
export function partyToFields(p: PartySnapshot): FieldValues {
  return toFields(p, PARTY_FIELDS);
}
