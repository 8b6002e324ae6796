import type { DbOrTx } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { ids } from "@/lib/records/ids";
import { notRetracted } from "@/lib/records/visible";
import { clean, lines, uniq, type SearchDocument } from "@/lib/search/documents";
import { slugOrRetractionChanged, type KindSearch } from "@/lib/search/search-kind";
import { pointHref } from "@/lib/plans/plan-links";
import { visiblePlanPoint } from "./plan-point-visibility";

export async function planPointDocuments(tx: DbOrTx, ids: string[]): Promise<SearchDocument[]> {
  const rows = await tx.planPoint.findMany({
    where: { id: { in: ids }, ...visiblePlanPoint },
    select: {
      id: true, number: true, summary: true, changeNote: true,
      issues: { where: { issue: notRetracted }, select: { issue: { select: { slug: true } } } },
      plan: { select: { title: true, date: true, datePrecision: true, negotiation: { select: { slug: true } }, authors: { select: { party: { select: { slug: true } } } } } },
    },
  });
  return rows.map((p) => ({
    kind: "planPoint",
    refId: p.id,
    negotiations: [p.plan.negotiation.slug],
    parties: uniq(p.plan.authors.map((a) => a.party.slug)),
    issues: uniq(p.issues.map((i) => i.issue.slug)),
    stances: [],
    attributions: [],
    date: toPartialDateText(p.plan.date, p.plan.datePrecision),
    title: clean(`${p.plan.title}, point ${p.number}`),
    body: lines(p.summary, p.changeNote),
  }));
}

const pointsOfPlan = async (tx: DbOrTx, planId: string) => ids(await tx.planPoint.findMany({ where: { planId }, select: { id: true } }));

export const planPointSearch: KindSearch = {
  label: { one: "Plan point", many: "Plan points" },
  documents: planPointDocuments,
  async links(db, ids) {
    const rows = await db.planPoint.findMany({ where: { id: { in: ids } }, select: { id: true, planId: true, number: true } });
    return new Map(rows.map((p) => [p.id, { href: pointHref(p.planId, p.number) }]));
  },
  reindexOn: {
    plan: (tx, { entityId }) => pointsOfPlan(tx, entityId),
    party: async (tx, { entityId }) =>
      ids(await tx.planPoint.findMany({ where: { plan: { authors: { some: { partyId: entityId } } } }, select: { id: true } })),
    issue: async (tx, { entityId }) => ids(await tx.planPoint.findMany({ where: { issues: { some: { issueId: entityId } } }, select: { id: true } })),
    negotiation: async (tx, change) =>
      slugOrRetractionChanged(change) ? ids(await tx.planPoint.findMany({ where: { plan: { negotiationId: change.entityId } }, select: { id: true } })) : [],
  },
};
