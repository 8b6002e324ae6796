import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleCitations } from "@/lib/sources/select-source";
import { loadTermsContext } from "@/lib/terms/load-terms-context";
import { listTermReferences } from "@/lib/terms/term-references";
import { issueKind } from "@/lib/vocab";
import { getMentions } from "@/lib/records/get-mentions";
import { getSupersessionChain } from "./get-supersession-chain";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";

const loadPosition = cache(async (id: string) => {
  const position = await db.position.findFirst({
    where: {
      id,
      ...visiblePosition,
    },
    select: {
      id: true,
      stance: true,
      summary: true,
      terms: true,
      termsConfidence: true,
      termsNote: true,
      details: true,
      notes: true,
      statedOn: true,
      statedOnPrecision: true,
      status: true,
      withdrawnOn: true,
      partyId: true,
      issueId: true,
      party: { select: { slug: true, name: true, shortName: true } },
      issue: {
        select: { slug: true, name: true, kind: true, negotiationId: true, negotiation: { select: { slug: true, title: true } } },
      },
      event: { select: { slug: true, name: true, date: true, datePrecision: true, retractedAt: true } },
      citations: visibleCitations,
      pointsCited: {
        where: { point: visiblePlanPoint },
        orderBy: { order: "asc" },
        select: { point: { select: { id: true, number: true, numberPrinted: true, summary: true, plan: { select: { id: true, title: true } } } } },
      },
    },
  });
  if (!position) return null;

  const { partyId, issueId, event, issue, pointsCited, ...rest } = position;
  const kind = issueKind.catch("general").parse(issue.kind);
  const partySlugs = listTermReferences(kind, rest.terms).flatMap((ref) => (ref.kind === "party" ? [ref.slug] : []));
  const [chain, termsContext, mentions] = await Promise.all([
    getSupersessionChain({ partyId, issueId, positionId: id }),
    loadTermsContext(db, issue.negotiationId, { partySlugs }),
    getMentions([rest.notes, rest.termsNote, rest.details], { negotiationId: issue.negotiationId, self: id, issueId }),
  ]);
  return {
    ...rest,
    /** The names of the areas and parties the terms refer to. */
    termsContext,
    /** The records its notes name by id or slug, as links read them. */
    mentions,
    issue: { slug: issue.slug, name: issue.name, kind },
    negotiation: issue.negotiation,
    event: event && event.retractedAt === null ? event : null,
    points: pointsCited.map((c) => c.point),
    ...chain,
  };
});

/** One position as readers see it: terms, sources with quotes, and the statements around it. */
export function getPosition({ id }: { id: string }) {
  return loadPosition(id);
}

export type PositionDetail = NonNullable<Awaited<ReturnType<typeof getPosition>>>;
