import "server-only";
import type { Prisma } from "@/lib/db/client";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { afterBy, describeSources, keysetPages, listCsvNegotiations, type CsvExport } from "./csv-export";

const select = {
  id: true,
  createdAt: true,
  summary: true,
  status: true,
  evidence: true,
  event: { select: { name: true, retractedAt: true } },
  parties: { where: { party: visibleParty }, orderBy: { party: { name: "asc" } }, select: { party: { select: { name: true } } } },
  sources: { where: { source: visibleSource }, orderBy: { order: "asc" }, select: { source: { select: { outlet: true, title: true, url: true } } } },
} satisfies Prisma.CommitmentSelect;

type Row = Prisma.CommitmentGetPayload<{ select: typeof select }>;

/**
 * Every commitment readers may see, by negotiation in the order recorded, with the parties
 * bound, the event it was made at (none when that event is hidden from readers), its status
 * and the evidence for it, and its sources.
 */
export const commitmentsCsv: CsvExport = {
  header: ["Commitment ID", "Negotiation", "Parties", "Event", "Status", "Summary", "Evidence", "Sources"],
  async *rows(tx, { negotiationId, pageSize }) {
    for (const negotiation of await listCsvNegotiations(tx, negotiationId)) {
      const pages = keysetPages<Row>(pageSize, (last) =>
        tx.commitment.findMany({
          where: { AND: [visibleCommitment, { negotiationId: negotiation.id }, afterBy("createdAt", last)] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: pageSize,
          select,
        }),
      );
      for await (const commitments of pages) {
        yield commitments.map((c) => [
          c.id,
          negotiation.title,
          c.parties.map((p) => p.party.name).join(" | "),
          // The event is of the commitment's own negotiation, which readers see: only its own retraction hides it.
          c.event && c.event.retractedAt === null ? c.event.name : null,
          c.status,
          c.summary,
          c.evidence,
          describeSources(c.sources),
        ]);
      }
    }
  },
};
