import "server-only";
// Positions through the API: lists filtered by negotiation, party, issue, stance, status,
// text and `asOf` (the statement date, by the same rule as every page), single records,
// and the domain's own create/update/retract.
import { parsePartialDate, toPartialDateText } from "@/lib/dates/partial-date";
import { db, type Prisma } from "@/lib/db/client";
import { idParts } from "@/lib/db/id-parts";
import { decodeCursor } from "@/lib/http/cursor";
import { createPosition } from "@/lib/positions/create-position";
import { listPositionsAsOf } from "@/lib/positions/list-positions-as-of";
import { positionInput } from "@/lib/positions/position-input";
import { retractPosition } from "@/lib/positions/retract-position";
import { restorePosition } from "@/lib/positions/restore-position";
import { updatePosition } from "@/lib/positions/update-position";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { positionItem, positionListQuery, type PositionItem, type PositionListQuery } from "@/lib/positions/position-api-schema";
import { contains, idOrSlug, isoDay, listPage, pageOf, recordLinks, recordTimes } from "@/lib/api/list-query";
import { positionActions } from "./position-api-actions";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";

const select = {
  id: true, version: true, partyId: true, issueId: true, eventId: true, stance: true, summary: true,
  terms: true, termsConfidence: true, termsNote: true, details: true, notes: true, statedOn: true,
  statedOnPrecision: true, status: true, withdrawnOn: true, supersededById: true, createdAt: true, updatedAt: true,
  citations: { where: { source: visibleSource }, orderBy: { order: "asc" }, select: { sourceId: true, attribution: true, quote: true, speaker: true } },
  pointsCited: { where: { point: visiblePlanPoint }, orderBy: { order: "asc" }, select: { pointId: true } },
  party: { select: { id: true, slug: true, name: true, shortName: true } },
  issue: { select: { id: true, slug: true, name: true, kind: true, negotiation: { select: { id: true, slug: true, title: true } } } },
} satisfies Prisma.PositionSelect;

type Row = Prisma.PositionGetPayload<{ select: typeof select }>;

function toItem({ pointsCited, ...row }: Row): PositionItem {
  const { negotiation, ...issue } = row.issue;
  return {
    ...row,
    pointIds: pointsCited.map((p) => p.pointId),
    terms: row.terms as Record<string, unknown> | null,
    stance: row.stance as PositionItem["stance"],
    status: row.status as PositionItem["status"],
    termsConfidence: row.termsConfidence as PositionItem["termsConfidence"],
    citations: row.citations as PositionItem["citations"],
    statedOn: toPartialDateText(row.statedOn, row.statedOnPrecision),
    withdrawnOn: isoDay(row.withdrawnOn),
    ...recordTimes(row),
    issue: issue as PositionItem["issue"],
    negotiation,
    links: {
      ...recordLinks("positions", row.id, "position", row.id),
      html: `/positions/${encodeURIComponent(row.id)}`,
      party: apiPath("parties", row.party.slug),
      issue: apiPath("issues", row.issue.id),
    },
  };
}

function filters(query: PositionListQuery): Prisma.PositionWhereInput[] {
  return [
    visiblePosition,
    query.negotiation ? { issue: { negotiation: idOrSlug(query.negotiation) } } : {},
    query.party ? { party: idOrSlug(query.party) } : {},
    query.issue ? { issue: idOrSlug(query.issue) } : {},
    query.event ? { event: idOrSlug(query.event) } : {},
    query.stance ? { stance: query.stance } : {},
    query.status ? { status: query.status } : {},
    query.q ? { OR: [{ summary: contains(query.q) }, { details: contains(query.q) }] } : {},
  ];
}

async function list(query: PositionListQuery) {
  if (query.asOf) return listAsOf(query, query.asOf);
  return listPage(query, filters(query), (window) => db.position.findMany({ ...window, select }), toItem);
}

/** The positions current on a statement date: the one rule of lib/positions, then the filters, then a page. */
async function listAsOf(query: PositionListQuery, asOf: string) {
  const after = decodeCursor(query.cursor);
  // By filters, not ids: the whole archive's issues or parties are more than a statement can name.
  const current = await listPositionsAsOf({
    issue: { AND: [query.negotiation ? { negotiation: idOrSlug(query.negotiation) } : {}, query.issue ? idOrSlug(query.issue) : {}] },
    party: query.party ? idOrSlug(query.party) : undefined,
    asOf: parsePartialDate(asOf)!.date,
  });
  const ids = current
    .map((p) => p.id)
    .filter((id) => !after || id > after)
    .sort();
  // The text and stance filters, on the current statements only, a part of them at a time
  // until the page is full.
  const narrowing = filters({ ...query, negotiation: undefined, party: undefined, issue: undefined });
  const rows = [];
  for (const part of idParts(ids)) {
    const found = await db.position.findMany({ where: { AND: [...narrowing, { id: { in: part } }] }, select });
    rows.push(...found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    if (rows.length > query.limit) break;
  }
  const page = pageOf(rows.slice(0, query.limit + 1), query.limit);
  return { items: page.items.map(toItem), nextCursor: page.nextCursor };
}

async function get(id: string) {
  const row = await db.position.findFirst({ where: { id, ...visiblePosition }, select });
  return row && toItem(row);
}

export const positions = defineResource({
  path: "positions",
  noun: "position",
  tag: "Positions",
  description:
    "What one party wants or offers on one issue, as stated at a date, with its sources. A later statement by the same party on the same issue supersedes it; `asOf` lists the statements current on a date.",
  entityType: "position",
  item: positionItem,
  listQuery: positionListQuery,
  input: positionInput,
  acceptsSlug: false,
  example: {
    partyId: "PARTY_ID",
    issueId: "ISSUE_ID",
    stance: "demands",
    summary: "Wants a full ceasefire of 30 days before any talks.",
    terms: { type: "unconditional", durationDays: 30, scope: "full" },
    statedOn: "2025-05-11",
    citations: [{ sourceId: "SOURCE_ID", attribution: "official-statement", quote: "Thirty days, starting now." }],
  },
  list,
  get,
  create: createPosition,
  update: updatePosition,
  retract: retractPosition,
  restore: restorePosition,
  actions: positionActions,
});
