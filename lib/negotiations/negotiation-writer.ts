import "server-only";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { checkReferences, FieldErrorList } from "@/lib/validation/check-references";
import { negotiationInput, toNegotiationInput, type NegotiationInput } from "./negotiation-input";
import { loadNegotiationSnapshot, type NegotiationSnapshot } from "./negotiation-snapshot";

const slugTaken = "Another negotiation already uses this slug: choose another";

export const negotiationWriter: RecordWriter<NegotiationSnapshot, NegotiationInput> = {
  entityType: "negotiation",
  noun: "negotiation",
  load: loadNegotiationSnapshot,
  schema: negotiationInput,
  toInput: (snapshot, current) => toNegotiationInput(snapshot, current),
  async check(tx, input, before) {
    const errors = new FieldErrorList();
    const other = await tx.negotiation.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (other && other.id !== before?.id) errors.add("slug", slugTaken);
    const seated = new Set(before?.parties?.map((p) => p.partyId));
    await checkReferences(
      tx,
      input.parties.map((seat, i) => ({
        field: `parties.${i}.partyId`,
        model: "party",
        id: seat.partyId,
        noun: "party",
        linked: seated.has(seat.partyId),
      })),
      errors,
    );
    errors.throwIfAny();
  },
  columns: ({ parties: _parties, ...columns }) => columns,
  async writeRelations(tx, id, input) {
    await tx.negotiationParty.deleteMany({ where: { negotiationId: id } });
    await tx.negotiationParty.createMany({
      data: input.parties.map((seat, order) => ({ negotiationId: id, partyId: seat.partyId, role: seat.role, order })),
    });
  },
  unique: { field: "slug", message: slugTaken },
};
