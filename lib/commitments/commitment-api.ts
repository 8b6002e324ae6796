import "server-only";
import { commitmentInput } from "@/lib/commitments/commitment-input";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { retractCommitment } from "@/lib/commitments/retract-commitment";
import { restoreCommitment } from "@/lib/commitments/restore-commitment";
import { updateCommitment } from "@/lib/commitments/update-commitment";
import { db, type Prisma } from "@/lib/db/client";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { commitmentItem, commitmentListQuery, type CommitmentItem, type CommitmentListQuery } from "@/lib/commitments/commitment-api-schema";
import { contains, idOrSlug, listPage, pageOf, recordLinks, recordTimes } from "@/lib/api/list-query";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";

const select = {
  id: true, version: true, negotiationId: true, eventId: true, summary: true, status: true, evidence: true,
  createdAt: true, updatedAt: true,
  parties: { where: { party: visibleParty }, orderBy: { partyId: "asc" }, select: { partyId: true } },
  sources: { where: { source: visibleSource }, orderBy: { order: "asc" }, select: { sourceId: true } },
  negotiation: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.CommitmentSelect;

type Row = Prisma.CommitmentGetPayload<{ select: typeof select }>;

function toItem({ parties, sources, ...row }: Row): CommitmentItem {
  return {
    ...row,
    status: row.status as CommitmentItem["status"],
    partyIds: parties.map((p) => p.partyId),
    sourceIds: sources.map((s) => s.sourceId),
    ...recordTimes(row),
    links: {
      ...recordLinks("commitments", row.id, "commitment", row.id),
      html: `/commitments/${encodeURIComponent(row.id)}`,
    },
  };
}

function list(query: CommitmentListQuery) {
  const filters = [
    visibleCommitment,
    query.negotiation ? { negotiation: idOrSlug(query.negotiation) } : {},
    query.party ? { parties: { some: { party: idOrSlug(query.party) } } } : {},
    query.event ? { event: idOrSlug(query.event) } : {},
    query.status ? { status: query.status } : {},
    query.q ? { OR: [{ summary: contains(query.q) }, { evidence: contains(query.q) }] } : {},
  ];
  return listPage(query, filters, (window) => db.commitment.findMany({ ...window, select }), toItem);
}

async function get(id: string) {
  const row = await db.commitment.findFirst({ where: { id, ...visibleCommitment }, select });
  return row && toItem(row);
}

export const commitments = defineResource({
  path: "commitments",
  noun: "commitment",
  tag: "Commitments",
  description: "Promises parties made (promised, in progress, fulfilled, broken) and the evidence for their status.",
  entityType: "commitment",
  item: commitmentItem,
  listQuery: commitmentListQuery,
  input: commitmentInput,
  acceptsSlug: false,
  example: {
    negotiationId: "NEGOTIATION_ID",
    eventId: "EVENT_ID",
    summary: "Exchange 1,000 prisoners for 1,000.",
    status: "promised",
    partyIds: ["PARTY_ID_1", "PARTY_ID_2"],
    sourceIds: ["SOURCE_ID"],
  },
  list,
  get,
  create: createCommitment,
  update: updateCommitment,
  retract: retractCommitment,
  restore: restoreCommitment,
});
