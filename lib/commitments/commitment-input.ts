import { z } from "zod";
import type { CommitmentSnapshot } from "@/lib/commitments/commitment-snapshot";
import { commitmentStatuses } from "@/lib/vocab";
import { knownFieldsOnly, optionalRecordId, optionalText, recordId, recordIds, requiredText } from "@/lib/validation/text-field";

export const commitmentInput = z.strictObject({
  negotiationId: recordId("a negotiation"),
  eventId: optionalRecordId("an event"),
  summary: requiredText({ label: "the summary", max: 2000, multiline: true }),
  status: z.enum(commitmentStatuses, { error: `Choose a status: ${commitmentStatuses.join(", ")}` }),
  evidence: optionalText({ label: "the evidence", max: 5000, multiline: true }),
  // Parties have no order of their own: kept sorted so the same set reads the same.
  partyIds: recordIds("party", { min: 1 }).transform((ids) => [...ids].sort()),
  sourceIds: recordIds("source"),
}, knownFieldsOnly);
export type CommitmentInput = z.infer<typeof commitmentInput>;

/** The form's values for a stored commitment; relations the snapshot did not record come from `current`. */
export function toCommitmentInput(c: CommitmentSnapshot, current?: CommitmentSnapshot | null) {
  return {
    negotiationId: c.negotiationId,
    eventId: c.eventId,
    summary: c.summary,
    status: c.status,
    evidence: c.evidence,
    partyIds: c.partyIds ?? current?.partyIds ?? [],
    sourceIds: c.sourceIds ?? current?.sourceIds ?? [],
  };
}
