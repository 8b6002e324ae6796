import "server-only";
import { visibleCommitment } from "./commitment-visibility";
import { db } from "@/lib/db/client";
import { visibleCommitmentSources } from "@/lib/sources/select-source";
import type { CommitmentStatus } from "@/lib/vocab";
import { visibleParty } from "@/lib/parties/party-visibility";

/**
 * Commitments readers may see, newest event first (commitments tied to no event last),
 * optionally of one status or one negotiation, and only the first few.
 */
export async function listCommitments({
  status,
  negotiationSlug,
  limit,
}: { status?: CommitmentStatus; negotiationSlug?: string; limit?: number } = {}) {
  const rows = await db.commitment.findMany({
    where: {
      ...(status ? { status } : {}),
      AND: [visibleCommitment, negotiationSlug ? { negotiation: { slug: negotiationSlug } } : {}],
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      summary: true,
      status: true,
      evidence: true,
      createdAt: true,
      negotiation: { select: { slug: true, title: true } },
      event: { select: { slug: true, name: true, date: true, datePrecision: true, retractedAt: true } },
      parties: {
        where: { party: visibleParty },
        orderBy: { party: { shortName: "asc" } },
        select: { party: { select: { slug: true, shortName: true } } },
      },
      sources: visibleCommitmentSources,
    },
  });

  // Sorted here rather than in SQL: the engines disagree on where a missing event sorts.
  const eventTime = (row: (typeof rows)[number]) =>
    row.event && row.event.retractedAt === null ? row.event.date.getTime() : -Infinity;
  rows.sort((a, b) => eventTime(b) - eventTime(a) || b.createdAt.getTime() - a.createdAt.getTime());

  return rows.slice(0, limit).map(({ parties, sources, event, createdAt: _createdAt, ...commitment }) => ({
    ...commitment,
    event: event && event.retractedAt === null ? { slug: event.slug, name: event.name, date: event.date, datePrecision: event.datePrecision } : null,
    parties: parties.map((p) => p.party),
    sources: sources.map((s) => s.source),
  }));
}

export type CommitmentListItem = Awaited<ReturnType<typeof listCommitments>>[number];
