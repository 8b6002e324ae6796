// Keeps the search index in step with the records. `recordRevision` calls
// `syncSearchIndex` in the same transaction as every change, so no write path can forget
// it and a rolled-back change leaves the index as it was.
import { isDeepStrictEqual } from "node:util";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { DbOrTx } from "@/lib/db/client";
import { documentBuilders, type SearchDocument } from "./documents";
import type { SearchKind } from "./search-input";

const CHUNK = 500;
export const padded = (values: string[]) => ` ${values.join(" ")} `;

async function replaceDocuments(tx: DbOrTx, kind: SearchKind, ids: string[]) {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE "kind" = ${kind} AND "refId" IN (${Prisma.join(chunk)})`;
    await insertDocuments(tx, await documentBuilders[kind](tx, chunk));
  }
}

/** One statement for the lot (10 parameters a document: a chunk stays within both engines' limits). */
function insertDocuments(tx: DbOrTx, docs: SearchDocument[]) {
  if (docs.length === 0) return;
  const rows = docs.map(
    (d) => Prisma.sql`(${d.kind}, ${d.refId}, ${padded(d.negotiations)}, ${padded(d.parties)}, ${padded(d.issues)},
            ${padded(d.stances)}, ${padded(d.attributions)}, ${d.date}, ${d.title}, ${d.body})`,
  );
  return tx.$executeRaw`
    INSERT INTO "SearchDocument" ("kind", "refId", "negotiations", "parties", "issues", "stances", "attributions", "date", "title", "body")
    VALUES ${Prisma.join(rows)}`;
}

type Snapshot = Record<string, unknown> | null | undefined;
type Change = { entityType: string; entityId: string; before?: Snapshot; after?: Snapshot };
type CitedSource = { sourceId: string; attribution: string };

/**
 * The sources whose documents a change to a position affects. A source's document lists, as
 * filter values, the party, issue, stance and attribution of each position citing it, so
 * it changes only when one of those does: an edit to a summary re-indexes no source, while
 * a citation dropped re-indexes the source it was to. Null when the snapshots cannot tell.
 */
function sourcesAffectedByPosition(before: Snapshot, after: Snapshot): string[] | null {
  const cited = (s: Snapshot) => s?.citations as CitedSource[] | undefined;
  if (!before && !after) return null;
  if (before === undefined || after === undefined || (before && !cited(before)) || (after && !cited(after))) return null;
  const filterValues = (s: Snapshot) =>
    s && {
      partyId: s.partyId,
      issueId: s.issueId,
      stance: s.stance,
      retracted: Boolean(s.retractedAt),
      citations: cited(s)!.map((c) => `${c.sourceId} ${c.attribution}`).sort(),
    };
  if (isDeepStrictEqual(filterValues(before), filterValues(after))) return [];
  return [...new Set([...(cited(before) ?? []), ...(cited(after) ?? [])].map((c) => c.sourceId))];
}

/** Re-indexes what a change to one record affects. */
export async function syncSearchIndex(tx: DbOrTx, { entityType, entityId, before, after }: Change) {
  switch (entityType) {
    case "position": {
      await replaceDocuments(tx, "position", [entityId]);
      const sources =
        sourcesAffectedByPosition(before, after) ??
        (await tx.citation.findMany({ where: { positionId: entityId }, select: { sourceId: true } })).map((c) => c.sourceId);
      await replaceDocuments(tx, "source", sources);
      return;
    }
    case "source":
      return replaceDocuments(tx, "source", [entityId]);
    case "event":
      return replaceDocuments(tx, "event", [entityId]);
    case "commitment":
      return replaceDocuments(tx, "commitment", [entityId]);
    case "party":
    case "issue": {
      const where = entityType === "party" ? { partyId: entityId } : { issueId: entityId };
      const positions = await tx.position.findMany({ where, select: { id: true } });
      await replaceDocuments(tx, "position", positions.map((p) => p.id));
      const sources = await tx.citation.findMany({ where: { position: where }, select: { sourceId: true }, distinct: ["sourceId"] });
      await replaceDocuments(tx, "source", sources.map((s) => s.sourceId));
      if (entityType === "party") {
        const events = await tx.eventParticipant.findMany({ where: { partyId: entityId }, select: { eventId: true } });
        await replaceDocuments(tx, "event", events.map((e) => e.eventId));
        const commitments = await tx.commitmentParty.findMany({ where: { partyId: entityId }, select: { commitmentId: true } });
        await replaceDocuments(tx, "commitment", commitments.map((c) => c.commitmentId));
      }
      return;
    }
    case "negotiation": {
      // Only its slug is indexed (as a filter value on everything in it), and that rarely
      // changes; a retraction hides everything in it, a restore shows it again.
      if (before && after && before.slug === after.slug && Boolean(before.retractedAt) === Boolean(after.retractedAt)) return;
      const issues = { issue: { negotiationId: entityId } };
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      await replaceDocuments(tx, "position", ids(await tx.position.findMany({ where: issues, select: { id: true } })));
      const cited = await tx.citation.findMany({ where: { position: issues }, select: { sourceId: true }, distinct: ["sourceId"] });
      await replaceDocuments(tx, "source", cited.map((c) => c.sourceId));
      await replaceDocuments(tx, "event", ids(await tx.event.findMany({ where: { negotiationId: entityId }, select: { id: true } })));
      await replaceDocuments(tx, "commitment", ids(await tx.commitment.findMany({ where: { negotiationId: entityId }, select: { id: true } })));
      return;
    }
  }
}

/** Rebuilds the whole index from the records (after a bulk load or import). */
export async function rebuildSearchIndex(tx: DbOrTx) {
  await tx.$executeRaw`DELETE FROM "SearchDocument"`;
  // One query at a time: a transaction holds a single connection.
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  await replaceDocuments(tx, "position", ids(await tx.position.findMany({ select: { id: true } })));
  await replaceDocuments(tx, "source", ids(await tx.source.findMany({ select: { id: true } })));
  await replaceDocuments(tx, "event", ids(await tx.event.findMany({ select: { id: true } })));
  await replaceDocuments(tx, "commitment", ids(await tx.commitment.findMany({ select: { id: true } })));
}
