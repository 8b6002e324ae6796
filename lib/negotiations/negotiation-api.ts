import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { negotiationInput } from "@/lib/negotiations/negotiation-input";
import { retractNegotiation } from "@/lib/negotiations/retract-negotiation";
import { restoreNegotiation } from "@/lib/negotiations/restore-negotiation";
import { updateNegotiation } from "@/lib/negotiations/update-negotiation";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { negotiationItem, negotiationListQuery, type NegotiationItem, type NegotiationListQuery } from "@/lib/negotiations/negotiation-api-schema";
import { contains, idOrSlug, listPage, pageOf, recordLinks, recordTimes } from "@/lib/api/list-query";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";

const select = {
  id: true, version: true, slug: true, title: true, summary: true, status: true, createdAt: true, updatedAt: true,
  parties: { where: { party: visibleParty }, orderBy: { order: "asc" }, select: { partyId: true, role: true } },
} satisfies Prisma.NegotiationSelect;

type Row = Prisma.NegotiationGetPayload<{ select: typeof select }>;

function toItem(row: Row): NegotiationItem {
  return {
    ...row,
    status: row.status as NegotiationItem["status"],
    ...recordTimes(row),
    links: {
      ...recordLinks("negotiations", row.slug, "negotiation", row.id),
      html: `/negotiations/${encodeURIComponent(row.slug)}`,
      issues: `/api/v1/issues?negotiation=${encodeURIComponent(row.slug)}`,
      positions: `/api/v1/positions?negotiation=${encodeURIComponent(row.slug)}`,
    },
  };
}

function list(query: NegotiationListQuery) {
  const filters = [
    visibleNegotiation,
    query.status ? { status: query.status } : {},
    query.party ? { parties: { some: { party: idOrSlug(query.party) } } } : {},
    query.q ? { OR: [{ title: contains(query.q) }, { summary: contains(query.q) }] } : {},
  ];
  return listPage(query, filters, (window) => db.negotiation.findMany({ ...window, select }), toItem);
}

async function get(idOrSlugValue: string) {
  const row = await db.negotiation.findFirst({ where: { ...visibleNegotiation, ...idOrSlug(idOrSlugValue) }, select });
  return row && toItem(row);
}

export const negotiations = defineResource({
  path: "negotiations",
  noun: "negotiation",
  tag: "Negotiations",
  description: "Peace processes: each has its parties (in matrix order), issues, events and commitments.",
  entityType: "negotiation",
  item: negotiationItem,
  listQuery: negotiationListQuery,
  input: negotiationInput,
  acceptsSlug: true,
  example: {
    slug: "river-grain",
    title: "River grain talks",
    summary: "Talks on safe passage for grain shipments.",
    status: "active",
    parties: [{ partyId: "PARTY_ID", role: "mediator" }],
  },
  list,
  get,
  create: createNegotiation,
  update: updateNegotiation,
  retract: retractNegotiation,
  restore: restoreNegotiation,
});
