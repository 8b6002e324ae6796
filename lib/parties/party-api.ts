import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { createParty } from "@/lib/parties/create-party";
import { partyInput } from "@/lib/parties/party-input";
import { retractParty } from "@/lib/parties/retract-party";
import { restoreParty } from "@/lib/parties/restore-party";
import { updateParty } from "@/lib/parties/update-party";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { partyItem, partyListQuery, type PartyItem, type PartyListQuery } from "@/lib/parties/party-api-schema";
import { contains, idOrSlug, listPage, pageOf, recordLinks, recordTimes } from "@/lib/api/list-query";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";

const select = {
  id: true, version: true, slug: true, name: true, shortName: true, kind: true, colour: true, createdAt: true, updatedAt: true,
} satisfies Prisma.PartySelect;

type Row = Prisma.PartyGetPayload<{ select: typeof select }>;

function toItem(row: Row): PartyItem {
  return {
    ...row,
    kind: row.kind as PartyItem["kind"],
    ...recordTimes(row),
    links: {
      ...recordLinks("parties", row.slug, "party", row.id),
      html: `/parties/${encodeURIComponent(row.slug)}`,
      positions: `/api/v1/positions?party=${encodeURIComponent(row.slug)}`,
    },
  };
}

function list(query: PartyListQuery) {
  const filters = [
    visibleParty,
    query.negotiation ? { negotiations: { some: { negotiation: { ...visibleNegotiation, ...idOrSlug(query.negotiation) } } } } : {},
    query.kind ? { kind: query.kind } : {},
    query.q ? { OR: [{ name: contains(query.q) }, { shortName: contains(query.q) }, { slug: contains(query.q) }] } : {},
  ];
  return listPage(query, filters, (window) => db.party.findMany({ ...window, select }), toItem);
}

async function get(idOrSlugValue: string) {
  const row = await db.party.findFirst({ where: { ...visibleParty, ...idOrSlug(idOrSlugValue) }, select });
  return row && toItem(row);
}

export const parties = defineResource({
  path: "parties",
  noun: "party",
  tag: "Parties",
  description: "States, blocs and mediators. Parties are global: one may take part in several negotiations.",
  entityType: "party",
  item: partyItem,
  listQuery: partyListQuery,
  input: partyInput,
  acceptsSlug: true,
  example: { slug: "ruritania", name: "Kingdom of Ruritania", shortName: "Ruritania", kind: "state", colour: "#c8102e" },
  list,
  get,
  create: createParty,
  update: updateParty,
  retract: retractParty,
  restore: restoreParty,
});
