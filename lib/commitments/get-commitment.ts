import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleCommitmentSources } from "@/lib/sources/select-source";
import { visibleCommitment } from "./commitment-visibility";
import { statusTimeline } from "./status-timeline";

const loadCommitment = cache(async (id: string) => {
  const [row, revisions] = await Promise.all([
    db.commitment.findFirst({
      where: { id, ...visibleCommitment },
      select: {
        id: true,
        summary: true,
        status: true,
        evidence: true,
        negotiation: { select: { slug: true, title: true } },
        event: { select: { slug: true, name: true, date: true, datePrecision: true, retractedAt: true } },
        parties: {
          where: { party: visibleParty },
          orderBy: { party: { shortName: "asc" } },
          select: { party: { select: { slug: true, shortName: true } } },
        },
        sources: visibleCommitmentSources,
      },
    }),
    db.revision.findMany({ where: { entityType: "commitment", entityId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { createdAt: true, after: true } }),
  ]);
  if (!row) return null;
  const { event, parties, sources, ...commitment } = row;
  return {
    ...commitment,
    event: event && event.retractedAt === null ? { slug: event.slug, name: event.name, date: event.date, datePrecision: event.datePrecision } : null,
    parties: parties.map((p) => p.party),
    sources: sources.map((s) => s.source),
    statusRecorded: statusTimeline(revisions),
  };
});

/** One commitment a reader may see, with its parties, event, sources and its status as recorded over time. */
export function getCommitment(id: string) {
  return loadCommitment(id);
}

export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof getCommitment>>>;
