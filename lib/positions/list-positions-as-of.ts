import "server-only";
import { db, type DbOrTx, type Prisma } from "@/lib/db/client";
import { currentPositionFields } from "./current-position-fields";
import { currentStatement } from "./current-statement";
import { visiblePosition } from "./position-visibility";

/**
 * The positions current on a statement date (`asOf`), one per party and issue, for the
 * given issues (by id, or by a filter when they are too many to name) and optionally
 * parties. Statements readers may not see never count (retracted, or of a retracted party,
 * issue or negotiation). Reads the statements made by then in one query and picks per pair
 * with the shared rule.
 */
export async function listPositionsAsOf(
  { issueIds, issue, partyIds, party, asOf }: {
    issueIds?: string[];
    issue?: Prisma.IssueWhereInput;
    partyIds?: string[];
    party?: Prisma.PartyWhereInput;
    asOf: Date;
  },
  tx: DbOrTx = db,
) {
  const rows = await tx.position.findMany({
    where: {
      AND: [
        visiblePosition,
        issueIds ? { issueId: { in: issueIds } } : {},
        issue ? { issue } : {},
        partyIds ? { partyId: { in: partyIds } } : {},
        party ? { party } : {},
        { statedOn: { lte: asOf } },
      ],
    },
    select: currentPositionFields,
  });
  const pairs = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.partyId}|${r.issueId}`;
    pairs.set(key, [...(pairs.get(key) ?? []), r]);
  }
  return [...pairs.values()].flatMap((statements) => currentStatement(statements, asOf) ?? []);
}

/** Statements readers may see by a party or on an issue (or both) made between two dates, oldest first. */
export async function listStatementsBetween(
  { partyId, issueId, from, to }: { partyId?: string; issueId?: string; from: Date; to: Date },
  tx: DbOrTx = db,
) {
  return tx.position.findMany({
    where: {
      ...(partyId ? { partyId } : {}),
      ...(issueId ? { issueId } : {}),
      ...visiblePosition,
      statedOn: { gte: from, lte: to },
    },
    orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, stance: true, summary: true, statedOn: true, statedOnPrecision: true, status: true,
      party: { select: { slug: true, name: true, shortName: true } },
      issue: { select: { slug: true, name: true, negotiation: { select: { slug: true } } } },
    },
  });
}
