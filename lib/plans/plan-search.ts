import type { DbOrTx } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { ids } from "@/lib/records/ids";
import { notRetracted } from "@/lib/records/visible";
import { clean, lines, uniq, type SearchDocument } from "@/lib/search/documents";
import { slugOrRetractionChanged, type KindSearch } from "@/lib/search/search-kind";
import { planHref } from "./plan-links";
import { visiblePlan } from "./plan-visibility";

export async function planDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.plan.findMany({
    where: { id: { in: ids }, ...visiblePlan },
    select: {
      id: true, title: true, summary: true, notes: true, date: true, datePrecision: true,
      negotiation: { select: { slug: true } },
      authors: { select: { party: { select: { slug: true } } } },
      points: { where: notRetracted, select: { issues: { select: { issue: { select: { slug: true } } } } } },
    },
  });
  return rows.map((p) => ({
    kind: "plan",
    refId: p.id,
    negotiations: [p.negotiation.slug],
    parties: uniq(p.authors.map((a) => a.party.slug)),
    // The issues its points touch, so a search on an issue finds the plans that address it.
    issues: uniq(p.points.flatMap((point) => point.issues.map((i) => i.issue.slug))),
    stances: [],
    attributions: [],
    date: toPartialDateText(p.date, p.datePrecision),
    title: clean(p.title),
    body: lines(p.summary, p.notes),
  }));
}

const planOfPoint = ({ before, after }: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null }) =>
  [...new Set([after?.planId, before?.planId].filter((id): id is string => typeof id === "string"))];

export const planSearch: KindSearch = {
  label: { one: "Plan", many: "Plans" },
  documents: planDocuments,
  links: async (_db, ids) => new Map(ids.map((id) => [id, { href: planHref(id) }])),
  reindexOn: {
    party: async (tx, { entityId }) => (await tx.planAuthor.findMany({ where: { partyId: entityId }, select: { planId: true } })).map((a) => a.planId),
    issue: async (tx, { entityId }) =>
      ids(await tx.plan.findMany({ where: { points: { some: { issues: { some: { issueId: entityId } } } } }, select: { id: true } })),
    planPoint: async (_tx, change) => planOfPoint(change),
    negotiation: async (tx, change) =>
      slugOrRetractionChanged(change) ? ids(await tx.plan.findMany({ where: { negotiationId: change.entityId }, select: { id: true } })) : [],
  },
};
