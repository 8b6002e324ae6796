import "server-only";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleIssue } from "./issue-visibility";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { listPositionsAsOf } from "@/lib/positions/list-positions-as-of";
import { statementsAsOf } from "@/lib/positions/statement-as-of";
import { visibleParty } from "@/lib/parties/party-visibility";

const loadIssuePage = cache(async (negotiationSlug: string, issueSlug: string, asOfIso?: string) => {
  const issue = await db.issue.findFirst({
    where: { AND: [visibleIssue, { slug: issueSlug, negotiation: { slug: negotiationSlug } }] },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      kind: true,
      negotiation: {
        select: {
          id: true,
          slug: true,
          title: true,
          parties: {
            where: { party: visibleParty },
            orderBy: { order: "asc" },
            select: { party: { select: { id: true, slug: true, name: true, shortName: true } } },
          },
        },
      },
    },
  });
  if (!issue) return null;

  const positions = await db.position.findMany({
    where: { issueId: issue.id, ...visiblePosition },
    orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      partyId: true,
      stance: true,
      summary: true,
      terms: true,
      termsConfidence: true,
      status: true,
      statedOn: true,
      statedOnPrecision: true,
      withdrawnOn: true,
      event: { select: { slug: true, name: true, retractedAt: true } },
      party: { select: { id: true, slug: true, name: true, shortName: true } },
    },
  });

  // The negotiation's parties in matrix order, then any other party that spoke on the issue.
  const parties = issue.negotiation.parties.map((p) => p.party);
  for (const { party } of positions) {
    if (!parties.some((p) => p.id === party.id)) parties.push(party);
  }

  const byParty = new Map<string, Statement[]>(parties.map((p) => [p.id, []]));
  for (const { party: _party, partyId, event, ...position } of positions) {
    byParty.get(partyId)?.push({ ...position, event: event && event.retractedAt === null ? event : null });
  }

  // On a past statement date: only what was said by then, each with its status of that day.
  const asOf = asOfIso ? new Date(asOfIso) : undefined;
  if (asOf) {
    const partyIds = [...byParty.keys()];
    const current = new Set((await listPositionsAsOf({ issueIds: [issue.id], partyIds, asOf })).map((p) => p.id));
    for (const [partyId, timeline] of byParty) byParty.set(partyId, statementsAsOf(timeline, current, asOf));
  }

  const { negotiation, ...rest } = issue;
  return {
    issue: rest,
    negotiation: { id: negotiation.id, slug: negotiation.slug, title: negotiation.title },
    parties: parties.map((party) => {
      const timeline = byParty.get(party.id) ?? [];
      return { ...party, current: timeline.findLast((s) => s.status === "current") ?? null, timeline };
    }),
  };
});

type Statement = {
  id: string;
  stance: string;
  summary: string;
  /** Structured terms in the shape of the issue's kind, as stored (lib/terms). */
  terms: unknown;
  status: string;
  statedOn: Date;
  statedOnPrecision: string;
  withdrawnOn: Date | null;
  event: { slug: string; name: string } | null;
};

/**
 * Every party's current position on one issue — today, or on the statement date `asOf` —
 * and each party's statements on it (made by then), oldest first.
 */
export function getIssuePage({ negotiationSlug, issueSlug, asOf }: { negotiationSlug: string; issueSlug: string; asOf?: Date }) {
  return loadIssuePage(negotiationSlug, issueSlug, asOf?.toISOString());
}

export type IssuePage = NonNullable<Awaited<ReturnType<typeof getIssuePage>>>;
