import "server-only";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { checkReferences, FieldErrorList, listReferences, ownNegotiation } from "@/lib/validation/check-references";
import { commitmentInput, toCommitmentInput, type CommitmentInput } from "./commitment-input";
import { loadCommitmentSnapshot, type CommitmentSnapshot } from "./commitment-snapshot";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";

export const commitmentWriter: RecordWriter<CommitmentSnapshot, CommitmentInput> = {
  entityType: "commitment",
  noun: "commitment",
  visible: visibleCommitment,
  load: loadCommitmentSnapshot,
  schema: commitmentInput,
  toInput: (snapshot, current) => toCommitmentInput(snapshot, current),
  async check(tx, input, before) {
    const errors = new FieldErrorList();
    await checkReferences(
      tx,
      [
        ownNegotiation(errors, "A commitment", input, before),
        { field: "eventId", model: "event", id: input.eventId, noun: "event", linked: before?.eventId === input.eventId },
        ...listReferences("partyIds", "party", "party", input.partyIds, before?.partyIds),
        ...listReferences("sourceIds", "source", "source", input.sourceIds, before?.sourceIds),
      ],
      errors,
    );
    if (input.eventId && !errors.errors.eventId) {
      const event = await tx.event.findUnique({ where: { id: input.eventId }, select: { negotiationId: true } });
      if (event && event.negotiationId !== input.negotiationId) {
        errors.add("eventId", "This event belongs to another negotiation");
      }
    }
    errors.throwIfAny();
  },
  columns: ({ partyIds: _p, sourceIds: _s, ...columns }) => columns,
  async writeRelations(tx, id, input) {
    await tx.commitmentParty.deleteMany({ where: { commitmentId: id } });
    await tx.commitmentParty.createMany({ data: input.partyIds.map((partyId) => ({ commitmentId: id, partyId })) });
    await tx.commitmentSource.deleteMany({ where: { commitmentId: id } });
    await tx.commitmentSource.createMany({
      data: input.sourceIds.map((sourceId, order) => ({ commitmentId: id, sourceId, order })),
    });
  },
};
