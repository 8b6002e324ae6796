// A commitment's form fields ⇄ its input, for the client form and the server actions alike.
import { list, type Assembled, type FieldValues, type Renames } from "@/lib/forms/fields";
import { pick, toFields, idRows, idRowFields } from "@/lib/forms/record-fields";
import type { CommitmentSnapshot } from "./commitment-snapshot";

const COMMITMENT_TEXT = ["negotiationId", "eventId", "summary", "status", "evidence"] as const;
export function commitmentFromFields(fields: FieldValues): Assembled {
  const renames: Renames = {};
  return {
    input: { ...pick(fields, COMMITMENT_TEXT), partyIds: list(fields, "partyIds"), sourceIds: idRows(fields, "sourceIds", renames) },
    renames,
  };
}
export function commitmentToFields(c: CommitmentSnapshot): FieldValues {
  return { ...toFields(c, COMMITMENT_TEXT), partyIds: c.partyIds ?? [], ...idRowFields("sourceIds", c.sourceIds ?? []) };
}
