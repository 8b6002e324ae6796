import type { Prisma } from "@/lib/db/client";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleCommitmentSources } from "@/lib/sources/select-source";

/** A commitment as readers see it in the tracker and on its page: its event, parties and sources as they may see them. */
export const commitmentViewSelect = {
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
} as const satisfies Prisma.CommitmentSelect;

type Row = Prisma.CommitmentGetPayload<{ select: typeof commitmentViewSelect }>;

/** The row in the shape the pages show: a retracted event is no event. */
export function toCommitmentView({ parties, sources, event, createdAt: _createdAt, ...commitment }: Row) {
  return {
    ...commitment,
    event: event && event.retractedAt === null ? { slug: event.slug, name: event.name, date: event.date, datePrecision: event.datePrecision } : null,
    parties: parties.map((p) => p.party),
    sources: sources.map((s) => s.source),
  };
}
