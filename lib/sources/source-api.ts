import "server-only";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { db, type Prisma } from "@/lib/db/client";
import { createSource } from "@/lib/sources/create-source";
import { retractSource } from "@/lib/sources/retract-source";
import { restoreSource } from "@/lib/sources/restore-source";
import { sourceInput } from "@/lib/sources/source-input";
import { updateSource } from "@/lib/sources/update-source";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { sourceItem, sourceListQuery, type SourceItem, type SourceListQuery } from "@/lib/sources/source-api-schema";
import { contains, idOrSlug, listPage, pageOf, recordLinks, recordTimes } from "@/lib/api/list-query";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";

const select = {
  id: true, version: true, outlet: true, title: true, url: true, publishedOn: true, createdAt: true, updatedAt: true,
} satisfies Prisma.SourceSelect;

type Row = Prisma.SourceGetPayload<{ select: typeof select }>;

function toItem(row: Row): SourceItem {
  return {
    ...row,
    ...recordTimes(row),
    links: {
      ...recordLinks("sources", row.id, "source", row.id),
      html: `/sources/${encodeURIComponent(row.id)}`,
    },
  };
}

function citedIn(negotiation: string): Prisma.SourceWhereInput {
  const inNegotiation = { ...visibleNegotiation, ...idOrSlug(negotiation) };
  return {
    OR: [
      { citations: { some: { position: { ...visiblePosition, issue: { ...visibleIssue, negotiation: inNegotiation } } } } },
      { events: { some: { event: { AND: [visibleEvent, { negotiation: inNegotiation }] } } } },
      { commitments: { some: { commitment: { AND: [visibleCommitment, { negotiation: inNegotiation }] } } } },
    ],
  };
}

function list(query: SourceListQuery) {
  const filters = [
    visibleSource,
    query.negotiation ? citedIn(query.negotiation) : {},
    query.q ? { OR: [{ outlet: contains(query.q) }, { title: contains(query.q) }, { url: contains(query.q) }] } : {},
    query.url ? { url: query.url } : {},
  ];
  return listPage(query, filters, (window) => db.source.findMany({ ...window, select }), toItem);
}

async function get(id: string) {
  const row = await db.source.findFirst({ where: { id, ...visibleSource }, select });
  return row && toItem(row);
}

export const sources = defineResource({
  path: "sources",
  noun: "source",
  tag: "Sources",
  description: "What claims rest on: outlet, title, an http(s) address and a publication date. Positions cite them with quotes.",
  entityType: "source",
  item: sourceItem,
  listQuery: sourceListQuery,
  input: sourceInput,
  acceptsSlug: false,
  example: { outlet: "Reuters", title: "Ruritania and Borduria agree prisoner swap", url: "https://example.org/news/prisoner-swap", publishedOn: "2025-05-16" },
  list,
  get,
  create: createSource,
  update: updateSource,
  retract: retractSource,
  restore: restoreSource,
});
