import "server-only";
import { cache } from "react";
import { groupBy } from "@/lib/collections/group-by";
import { db } from "@/lib/db/client";
import { listPositionsAsOf } from "@/lib/positions/list-positions-as-of";
import { statementsAsOf } from "@/lib/positions/statement-as-of";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";

const loadPartyPage = cache(async (slug: string, asOfIso?: string) => {
  const party = await db.party.findFirst({
    where: { slug, ...visibleParty },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      kind: true,
      negotiations: {
        where: { negotiation: visibleNegotiation },
        select: { role: true, negotiationId: true },
      },
    },
  });
  if (!party) return null;

  // On a past statement date: only what was said, or tabled, by then.
  const asOf = asOfIso ? new Date(asOfIso) : undefined;
  const [issues, positions, plans, commitments] = await Promise.all([
    // Every issue of the negotiations it sits in, and any other issue it spoke on.
    db.issue.findMany({
      where: {
        ...visibleIssue,
        OR: [
          { negotiation: { parties: { some: { partyId: party.id } } } },
          { positions: { some: { partyId: party.id, ...visiblePosition } } },
        ],
      },
      orderBy: [{ order: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        negotiation: { select: { id: true, slug: true, title: true } },
      },
    }),
    db.position.findMany({
      where: { partyId: party.id, ...visiblePosition },
      orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        issueId: true,
        stance: true,
        summary: true,
        status: true,
        statedOn: true,
        statedOnPrecision: true,
        withdrawnOn: true,
      },
    }),
    // The plans it wrote or co-wrote, newest first.
    db.plan.findMany({
      where: { ...visiblePlan, authors: { some: { partyId: party.id } }, ...(asOf ? { date: { lte: asOf } } : {}) },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, date: true, datePrecision: true, status: true, negotiationId: true },
    }),
    // The commitments it is a party to, by the date of the event they were made at (those
    // made at no event last); on a past date, those made at an event by then. A commitment's
    // status is as recorded now: its history has no dates of its own.
    db.commitment.findMany({
      where: { ...visibleCommitment, parties: { some: { partyId: party.id } }, ...(asOf ? { event: { ...visibleEvent, date: { lte: asOf } } } : {}) },
      orderBy: { createdAt: "desc" },
      select: { id: true, summary: true, status: true, negotiationId: true, event: { select: { date: true, datePrecision: true, retractedAt: true } } },
    }),
  ]);

  // Each statement with its status of that day, on a past date.
  const statements = asOf
    ? statementsAsOf(positions, await currentIdsAsOf(issues.map((i) => i.id), party.id, asOf), asOf)
    : positions;

  const roles = new Map(party.negotiations.map((n) => [n.negotiationId, n.role]));
  const byIssue = new Map<string, PartyStatement[]>();
  for (const { issueId, ...p } of statements) byIssue.set(issueId, [...(byIssue.get(issueId) ?? []), p]);

  const plansIn = groupBy(plans, "negotiationId");
  // Sorted here, not by the database: the engines put a missing event first or last as they please.
  const madeAt = (c: PartyCommitment) => c.madeOn?.date.getTime() ?? -Infinity;
  const commitmentsIn = groupBy(
    commitments
      .map(({ event, ...commitment }) => ({ ...commitment, madeOn: event && event.retractedAt === null ? { date: event.date, datePrecision: event.datePrecision } : null }))
      .sort((a, b) => madeAt(b) - madeAt(a)),
    "negotiationId",
  );

  // A plan or commitment of a negotiation the page shows no issue of is not listed: the page is of its issues.
  const negotiations = new Map<
    string,
    { slug: string; title: string; role: string | null; issues: PartyIssue[]; plans: PartyPlan[]; commitments: PartyCommitment[] }
  >();
  for (const issue of issues) {
    const { negotiation, ...rest } = issue;
    const entry = negotiations.get(negotiation.id) ?? {
      slug: negotiation.slug,
      title: negotiation.title,
      role: roles.get(negotiation.id) ?? null,
      issues: [],
      plans: plansIn.get(negotiation.id) ?? [],
      commitments: commitmentsIn.get(negotiation.id) ?? [],
    };
    const statements = byIssue.get(issue.id) ?? [];
    entry.issues.push({
      ...rest,
      current: statements.find((p) => p.status === "current") ?? null,
      earlier: statements.filter((p) => p.status !== "current"),
    });
    negotiations.set(negotiation.id, entry);
  }

  const { negotiations: _seats, ...profile } = party;
  return { party: profile, negotiations: [...negotiations.values()].sort((a, b) => a.title.localeCompare(b.title)) };
});

type PartyPlan = { id: string; title: string; date: Date; datePrecision: string; status: string };

type PartyCommitment = { id: string; summary: string; status: string; madeOn: { date: Date; datePrecision: string } | null };

type PartyStatement = {
  id: string;
  stance: string;
  summary: string;
  status: string;
  statedOn: Date;
  statedOnPrecision: string;
  withdrawnOn: Date | null;
};

export type PartyIssue = {
  id: string;
  slug: string;
  name: string;
  current: PartyStatement | null;
  /** Superseded and withdrawn statements, newest first. */
  earlier: PartyStatement[];
};

async function currentIdsAsOf(issueIds: string[], partyId: string, asOf: Date) {
  return new Set((await listPositionsAsOf({ issueIds, partyIds: [partyId], asOf })).map((p) => p.id));
}

/**
 * One party's statements on every issue, by negotiation: the current one and the earlier
 * ones — today, or as they stood on the statement date `asOf`.
 */
export function getPartyPage({ slug, asOf }: { slug: string; asOf?: Date }) {
  return loadPartyPage(slug, asOf?.toISOString());
}

export type PartyPage = NonNullable<Awaited<ReturnType<typeof getPartyPage>>>;
