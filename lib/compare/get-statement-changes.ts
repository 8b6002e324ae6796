import "server-only";
// What the parties said between two statement dates in one negotiation, and how that moved
// each party's position: where it stood the day before the range and at its end.
import { db } from "@/lib/db/client";
import { listPositionsAsOf, listStatementsBetween } from "@/lib/positions/list-positions-as-of";
import { visibleParty } from "@/lib/parties/party-visibility";
import { notRetracted } from "@/lib/records/visible";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";

type Args = { negotiationSlug: string; partySlug?: string; issueSlug?: string; from: Date; to: Date };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Null if there is no such negotiation; unknown party or issue slugs are reported, not thrown. */
export async function getStatementChanges({ negotiationSlug, partySlug, issueSlug, from, to }: Args) {
  const negotiation = await db.negotiation.findFirst({
    where: { slug: negotiationSlug, ...visibleNegotiation },
    select: {
      id: true,
      slug: true,
      title: true,
      parties: {
        where: { party: visibleParty },
        orderBy: { order: "asc" },
        select: { party: { select: { id: true, slug: true, shortName: true } } },
      },
      issues: {
        where: notRetracted,
        orderBy: [{ order: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true },
      },
    },
  });
  if (!negotiation) return null;

  const parties = negotiation.parties.map((p) => p.party);
  const issues = negotiation.issues;
  const party = partySlug ? parties.find((p) => p.slug === partySlug) : undefined;
  const issue = issueSlug ? issues.find((i) => i.slug === issueSlug) : undefined;
  const unknown = { party: partySlug && !party ? partySlug : null, issue: issueSlug && !issue ? issueSlug : null };
  const base = { negotiation: { id: negotiation.id, slug: negotiation.slug, title: negotiation.title }, parties, issues, party, issue, unknown };
  if (unknown.party || unknown.issue) return { ...base, statements: [], moves: [] };

  // Only statements readers may see (the position rule: none of a retracted party or issue).
  const said = await listStatementsBetween({ partyId: party?.id, issueId: issue?.id, from, to });
  // Statements in other negotiations the party sits in are not this view's.
  const statements = said.filter((s) => s.issue.negotiation.slug === negotiation.slug);
  const spoken = new Set(statements.map((s) => `${s.party.slug}|${s.issue.slug}`));

  const pairIssueIds = issues.filter((i) => statements.some((s) => s.issue.slug === i.slug)).map((i) => i.id);
  const pairPartyIds = parties.filter((p) => statements.some((s) => s.party.slug === p.slug)).map((p) => p.id);
  const [before, after] = pairIssueIds.length
    ? await Promise.all([
        listPositionsAsOf({ issueIds: pairIssueIds, partyIds: pairPartyIds, asOf: new Date(from.getTime() - DAY_MS) }),
        listPositionsAsOf({ issueIds: pairIssueIds, partyIds: pairPartyIds, asOf: to }),
      ])
    : [[], []];
  const key = (p: { partyId: string; issueId: string }) => `${p.partyId}|${p.issueId}`;
  const beforeByPair = new Map(before.map((p) => [key(p), p]));
  const afterByPair = new Map(after.map((p) => [key(p), p]));

  // One line per party and issue spoken on, in matrix order.
  const moves = issues.flatMap((i) =>
    parties.flatMap((p) => {
      if (!spoken.has(`${p.slug}|${i.slug}`)) return [];
      const pair = key({ partyId: p.id, issueId: i.id });
      return [{ party: p, issue: i, before: view(beforeByPair.get(pair)), after: view(afterByPair.get(pair)) }];
    }),
  );

  return { ...base, statements, moves };
}

type Stated = { id: string; stance: string; summary: string; statedOn: Date; statedOnPrecision: string };

function view(p: Stated | undefined) {
  return p ? { id: p.id, stance: p.stance, summary: p.summary, statedOn: p.statedOn, statedOnPrecision: p.statedOnPrecision } : null;
}

export type StatementChanges = NonNullable<Awaited<ReturnType<typeof getStatementChanges>>>;
