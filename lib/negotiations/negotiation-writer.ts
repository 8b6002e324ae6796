import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { describePositions, listPositionsNaming } from "@/lib/positions/positions-naming";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { checkReferences, FieldErrorList } from "@/lib/validation/check-references";
import { negotiationInput, toNegotiationInput, type NegotiationInput } from "./negotiation-input";
import { loadNegotiationSnapshot, type NegotiationSnapshot } from "./negotiation-snapshot";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";

const slugTaken = "Another negotiation already uses this slug: choose another";

/**
 * A party leaves the negotiation only once nothing in it counts on its seat: no area it
 * holds, no territorial claim that it holds an area or withdraws from one.
 */
async function checkSeatsLeft(tx: DbOrTx, before: NegotiationSnapshot, input: NegotiationInput, errors: FieldErrorList) {
  const staying = new Set(input.parties.map((seat) => seat.partyId));
  const leaving = (before.parties ?? []).filter((seat) => !staying.has(seat.partyId)).map((seat) => seat.partyId);
  if (leaving.length === 0) return;
  const parties = await tx.party.findMany({ where: { id: { in: leaving } }, select: { id: true, slug: true, shortName: true } });
  for (const party of parties) {
    const [held, naming] = await Promise.all([
      tx.area.findMany({ where: { negotiationId: before.id, heldById: party.id, retractedAt: null }, select: { name: true } }),
      listPositionsNaming(tx, { kind: "party", slug: party.slug, negotiationId: before.id }),
    ]);
    const uses = [
      ...(held.length ? [`it holds ${held.map((a) => a.name).join(", ")}`] : []),
      ...(naming.length ? [`${describePositions(naming)} ${naming.length === 1 ? "names it in its" : "name it in their"} terms`] : []),
    ];
    if (uses.length) errors.add("parties", `${party.shortName} cannot leave this negotiation while ${uses.join(" and ")}: change those first`);
  }
}

export const negotiationWriter: RecordWriter<NegotiationSnapshot, NegotiationInput> = {
  entityType: "negotiation",
  noun: "negotiation",
  visible: visibleNegotiation,
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
    if (before) await checkSeatsLeft(tx, before, input, errors);
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
