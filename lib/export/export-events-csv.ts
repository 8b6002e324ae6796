import "server-only";
import type { Prisma } from "@/lib/db/client";
import { toPartialDateText } from "@/lib/dates/partial-date";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";
import { afterBy, describeSources, keysetPages, listCsvNegotiations, type CsvExport } from "./csv-export";

const select = {
  id: true,
  slug: true,
  name: true,
  date: true,
  datePrecision: true,
  location: true,
  summary: true,
  participants: { where: { party: visibleParty }, orderBy: { party: { name: "asc" } }, select: { party: { select: { name: true } } } },
  sources: { where: { source: visibleSource }, orderBy: { order: "asc" }, select: { source: { select: { outlet: true, title: true, url: true } } } },
} satisfies Prisma.EventSelect;

type Row = Prisma.EventGetPayload<{ select: typeof select }>;

/** Every event readers may see, by negotiation and date, with its participants and sources. */
export const eventsCsv: CsvExport = {
  header: ["Event ID", "Slug", "Negotiation", "Name", "Date", "Location", "Participants", "Summary", "Sources"],
  async *rows(tx, { negotiationId, pageSize }) {
    for (const negotiation of await listCsvNegotiations(tx, negotiationId)) {
      const pages = keysetPages<Row>(pageSize, (last) =>
        tx.event.findMany({
          where: { AND: [visibleEvent, { negotiationId: negotiation.id }, afterBy("date", last)] },
          orderBy: [{ date: "asc" }, { id: "asc" }],
          take: pageSize,
          select,
        }),
      );
      for await (const events of pages) {
        yield events.map((e) => [
          e.id,
          e.slug,
          negotiation.title,
          e.name,
          toPartialDateText(e.date, e.datePrecision),
          e.location,
          e.participants.map((p) => p.party.name).join(" | "),
          e.summary,
          describeSources(e.sources),
        ]);
      }
    }
  },
};
