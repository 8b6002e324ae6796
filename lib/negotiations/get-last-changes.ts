import "server-only";
import { db } from "@/lib/db/client";

/**
 * When each negotiation's records last changed: the newest revision of the negotiation or
 * of anything recorded in it (its parties, issues, positions, events, commitments and the
 * sources they cite). This is the recording date, not the date anything was said.
 * Retracted records count: a retraction is a change.
 */
export async function getLastChanges({ negotiationIds }: { negotiationIds: string[] }): Promise<Map<string, Date>> {
  if (negotiationIds.length === 0) return new Map();
  const negotiations = await db.negotiation.findMany({
    where: { id: { in: negotiationIds } },
    select: {
      id: true,
      parties: { select: { partyId: true } },
      issues: {
        select: { id: true, positions: { select: { id: true, citations: { select: { sourceId: true } } } } },
      },
      events: { select: { id: true, sources: { select: { sourceId: true } } } },
      commitments: { select: { id: true, sources: { select: { sourceId: true } } } },
    },
  });

  // "type:id" of every record, mapped to the negotiations it belongs to.
  const owners = new Map<string, Set<string>>();
  const own = (type: string, id: string, negotiationId: string) => {
    const key = `${type}:${id}`;
    const set = owners.get(key) ?? new Set<string>();
    set.add(negotiationId);
    owners.set(key, set);
  };
  for (const n of negotiations) {
    own("negotiation", n.id, n.id);
    for (const p of n.parties) own("party", p.partyId, n.id);
    for (const issue of n.issues) {
      own("issue", issue.id, n.id);
      for (const position of issue.positions) {
        own("position", position.id, n.id);
        for (const c of position.citations) own("source", c.sourceId, n.id);
      }
    }
    for (const e of n.events) {
      own("event", e.id, n.id);
      for (const s of e.sources) own("source", s.sourceId, n.id);
    }
    for (const c of n.commitments) {
      own("commitment", c.id, n.id);
      for (const s of c.sources) own("source", s.sourceId, n.id);
    }
  }

  const ids = [...new Set([...owners.keys()].map((key) => key.slice(key.indexOf(":") + 1)))];
  const latest = await db.revision.groupBy({
    by: ["entityType", "entityId"],
    where: { entityId: { in: ids } },
    _max: { createdAt: true },
  });

  const result = new Map<string, Date>();
  for (const row of latest) {
    const at = row._max.createdAt;
    if (!at) continue;
    for (const negotiationId of owners.get(`${row.entityType}:${row.entityId}`) ?? []) {
      const known = result.get(negotiationId);
      if (!known || at > known) result.set(negotiationId, at);
    }
  }
  return result;
}
