import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { db, engine } from "@/lib/db/client";

/**
 * When each negotiation's records last changed: the newest revision of the negotiation or
 * of anything recorded in it (its parties, issues, positions, events, commitments, areas,
 * plans and their points, and the sources they cite), as its latest changes list them. This is the recording date, not the date anything was said.
 * Retracted records count: a retraction is a change.
 *
 * Two queries whatever the size. The first takes the newest revision of each record
 * reached by a short join (one index seek per record on Revision(entityType, entityId,
 * createdAt)). Sources cited by positions are the large set (tens of thousands per
 * negotiation at scale), so the second looks the other way: only source revisions newer
 * than the first answer can change it, and those are few; each is checked for a citation
 * in the negotiation.
 *
 * CROSS JOIN makes SQLite keep the order written: from the negotiation's records to their
 * revisions. Left to choose, it walked every revision of a type and looked each record up
 * (20 ms on the seeded data, most of the matrix page's database time, against under 1 ms).
 * To PostgreSQL a CROSS JOIN with its condition in WHERE is a plain join whose order its
 * planner picks from the statistics.
 */
export async function getLastChanges({ negotiationIds }: { negotiationIds: string[] }): Promise<Map<string, Date>> {
  if (negotiationIds.length === 0) return new Map();
  const ids = Prisma.join(negotiationIds);
  const records = await db.$queryRaw<{ negotiationId: string; at: unknown }[]>`
    SELECT "negotiationId", MAX("at") AS "at" FROM (
      SELECT r."entityId" AS "negotiationId", r."createdAt" AS "at" FROM "Revision" r
        WHERE r."entityType" = 'negotiation' AND r."entityId" IN (${ids})
      UNION ALL SELECT np."negotiationId", r."createdAt" FROM "NegotiationParty" np CROSS JOIN "Revision" r
        WHERE np."negotiationId" IN (${ids}) AND r."entityType" = 'party' AND r."entityId" = np."partyId"
      UNION ALL SELECT i."negotiationId", r."createdAt" FROM "Issue" i CROSS JOIN "Revision" r
        WHERE i."negotiationId" IN (${ids}) AND r."entityType" = 'issue' AND r."entityId" = i."id"
      -- Per issue, so both planners walk Position's issueId index (a plain join made
      -- PostgreSQL scan every position of every negotiation).
      UNION ALL SELECT i."negotiationId", (
          SELECT MAX(r."createdAt") FROM "Position" p CROSS JOIN "Revision" r
          WHERE p."issueId" = i."id" AND r."entityType" = 'position' AND r."entityId" = p."id"
        ) FROM "Issue" i WHERE i."negotiationId" IN (${ids})
      UNION ALL SELECT e."negotiationId", r."createdAt" FROM "Event" e CROSS JOIN "Revision" r
        WHERE e."negotiationId" IN (${ids}) AND r."entityType" = 'event' AND r."entityId" = e."id"
      UNION ALL SELECT e."negotiationId", r."createdAt" FROM "Event" e CROSS JOIN "EventSource" es CROSS JOIN "Revision" r
        WHERE e."negotiationId" IN (${ids}) AND es."eventId" = e."id" AND r."entityType" = 'source' AND r."entityId" = es."sourceId"
      UNION ALL SELECT c."negotiationId", r."createdAt" FROM "Commitment" c CROSS JOIN "Revision" r
        WHERE c."negotiationId" IN (${ids}) AND r."entityType" = 'commitment' AND r."entityId" = c."id"
      UNION ALL SELECT c."negotiationId", r."createdAt" FROM "Commitment" c CROSS JOIN "CommitmentSource" cs CROSS JOIN "Revision" r
        WHERE c."negotiationId" IN (${ids}) AND cs."commitmentId" = c."id" AND r."entityType" = 'source' AND r."entityId" = cs."sourceId"
      UNION ALL SELECT a."negotiationId", r."createdAt" FROM "Area" a CROSS JOIN "Revision" r
        WHERE a."negotiationId" IN (${ids}) AND r."entityType" = 'area' AND r."entityId" = a."id"
      UNION ALL SELECT pl."negotiationId", r."createdAt" FROM "Plan" pl CROSS JOIN "Revision" r
        WHERE pl."negotiationId" IN (${ids}) AND r."entityType" = 'plan' AND r."entityId" = pl."id"
      UNION ALL SELECT pl."negotiationId", r."createdAt" FROM "Plan" pl CROSS JOIN "PlanPoint" pp CROSS JOIN "Revision" r
        WHERE pl."negotiationId" IN (${ids}) AND pp."planId" = pl."id" AND r."entityType" = 'planPoint' AND r."entityId" = pp."id"
      UNION ALL SELECT pl."negotiationId", r."createdAt" FROM "Plan" pl CROSS JOIN "PlanSource" ps CROSS JOIN "Revision" r
        WHERE pl."negotiationId" IN (${ids}) AND ps."planId" = pl."id" AND r."entityType" = 'source' AND r."entityId" = ps."sourceId"
    ) AS "changes"
    GROUP BY "negotiationId"`;

  const result = new Map<string, Date>();
  const note = (negotiationId: string, at: Date) => {
    const known = result.get(negotiationId);
    if (!known || at > known) result.set(negotiationId, at);
  };
  for (const row of records) if (row.at != null) note(row.negotiationId, toDate(row.at));

  // A negotiation with no revision yet bounds nothing: look at every source revision.
  const bound = negotiationIds.every((id) => result.has(id))
    ? new Date(Math.min(...negotiationIds.map((id) => result.get(id)!.getTime())))
    : new Date(0);
  const cited = await db.$queryRaw<{ negotiationId: string; at: unknown }[]>`
    SELECT i."negotiationId", MAX(r."createdAt") AS "at"
    FROM "Revision" r CROSS JOIN "Citation" c CROSS JOIN "Position" p CROSS JOIN "Issue" i
    WHERE r."entityType" = 'source' AND r."createdAt" > ${asStored(bound)}
      AND c."sourceId" = r."entityId" AND p."id" = c."positionId" AND i."id" = p."issueId" AND i."negotiationId" IN (${ids})
    GROUP BY i."negotiationId"`;
  for (const row of cited) if (row.at != null) note(row.negotiationId, toDate(row.at));
  return result;
}

// SQLite compares the stored text, so the bound is written the way Prisma stores dates there.
function asStored(date: Date): Date | string {
  return engine === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date;
}

// PostgreSQL answers a Date; SQLite the text the column stores ("…T09:49:57.923+00:00").
function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
