import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import type { EntityType } from "./record-revision";
import type { SnapshotByType } from "./snapshot-types";

// Dates become ISO strings, so a snapshot reads the same on both engines and after a
// round trip through the Revision table's JSON column.
function plain<T>(row: unknown): T {
  return JSON.parse(JSON.stringify(row)) as T;
}

const byOrder = { orderBy: { order: "asc" } } as const;

const loaders: { [K in EntityType]: (tx: DbOrTx, id: string) => Promise<SnapshotByType[K] | null> } = {
  async negotiation(tx, id) {
    const row = await tx.negotiation.findUnique({
      where: { id },
      include: { parties: { ...byOrder, select: { partyId: true, role: true } } },
    });
    return row && plain(row);
  },
  async party(tx, id) {
    return plain(await tx.party.findUnique({ where: { id } }));
  },
  async issue(tx, id) {
    return plain(await tx.issue.findUnique({ where: { id } }));
  },
  async position(tx, id) {
    const row = await tx.position.findUnique({
      where: { id },
      include: { citations: { ...byOrder, select: { sourceId: true, attribution: true, quote: true, speaker: true } } },
    });
    return row && plain(row);
  },
  async source(tx, id) {
    return plain(await tx.source.findUnique({ where: { id } }));
  },
  async event(tx, id) {
    const row = await tx.event.findUnique({
      where: { id },
      include: {
        participants: { orderBy: { partyId: "asc" }, select: { partyId: true } },
        sources: { ...byOrder, select: { sourceId: true } },
      },
    });
    if (!row) return null;
    const { participants, sources, ...event } = row;
    return plain({ ...event, participantIds: participants.map((p) => p.partyId), sourceIds: sources.map((s) => s.sourceId) });
  },
  async commitment(tx, id) {
    const row = await tx.commitment.findUnique({
      where: { id },
      include: {
        parties: { orderBy: { partyId: "asc" }, select: { partyId: true } },
        sources: { ...byOrder, select: { sourceId: true } },
      },
    });
    if (!row) return null;
    const { parties, sources, ...commitment } = row;
    return plain({ ...commitment, partyIds: parties.map((p) => p.partyId), sourceIds: sources.map((s) => s.sourceId) });
  },
};

/** The full state of one record as revisions store it, or null when there is no such record. */
export function snapshotOf<K extends EntityType>(tx: DbOrTx, entityType: K, id: string): Promise<SnapshotByType[K] | null> {
  return loaders[entityType](tx, id) as Promise<SnapshotByType[K] | null>;
}
