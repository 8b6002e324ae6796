import type { DbOrTx } from "@/lib/db/client";
import { seedActor } from "@/lib/auth/actor";
import type { EntityType } from "@/lib/records/registry";
import { recordKind } from "@/lib/records/registry";
import { recordRevision } from "@/lib/revisions/record-revision";
import { changeRecord } from "@/lib/revisions/write-record";
import { toNegotiationInput } from "@/lib/negotiations/negotiation-input";
import { negotiationWriter } from "@/lib/negotiations/negotiation-writer";

/**
 * A seeded record's "create" revision, holding the record as its kind's writer reads it (a
 * statement with its citations and status, an event with its parties and sources), the
 * shape every later revision of it has: its history's "as first recorded" is then what the
 * seed loaded. Call it once the record and everything it holds are written.
 */
export async function recordSeededCreation(tx: DbOrTx, entityType: EntityType, id: string) {
  const after = await recordKind(entityType).writer.load(tx, id);
  if (!after) throw new Error(`Seed: the ${entityType} ${id} just written cannot be read back`);
  await recordRevision(tx, { entityType, entityId: id, action: "create", actor: seedActor, before: null, after, note: "Loaded from the seed data" });
}

/**
 * Parties a later seed file seats at a negotiation already there, after the seats it has:
 * a change of the negotiation by the seed, with its revision and a new version, as when an
 * editor seats a party (so an edit form opened before cannot drop them unseen). Seats are
 * only ever added, never dropped or reordered: an editor may have changed them since.
 */
export async function recordSeededSeats(tx: DbOrTx, negotiationId: string, seats: { partyId: string; role: string | null }[]) {
  const before = await negotiationWriter.load(tx, negotiationId);
  if (!before) throw new Error(`Seed: the negotiation ${negotiationId} cannot be read`);
  const previous = toNegotiationInput(before);
  const input = { ...previous, parties: [...previous.parties, ...seats] };
  const note = "Parties seated from the seed data";
  await changeRecord(tx, negotiationWriter, { id: negotiationId, version: before.version, action: "update", actor: seedActor, note }, () => ({
    columns: {},
    input,
    previous,
  }));
}
