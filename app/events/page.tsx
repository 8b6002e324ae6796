import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EditLinks } from "@/components/editing/edit-links";
import { EventList } from "@/components/event-list";
import { NegotiationFilterSubtitle, PartyFilterSubtitle } from "@/components/filter-notice";
import { RecordListFilters } from "@/components/record-list-filter-form";
import { visibleEvent } from "@/lib/events/event-visibility";
import { listEvents } from "@/lib/events/list-events";
import { filterSlug, listNegotiationChoices, readNegotiationFilter } from "@/lib/negotiations/negotiation-filter";
import { listPartyChoices, readPartyFilter } from "@/lib/parties/party-filter";
import { tidyListAddress } from "@/lib/records/url-filter";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ negotiation?: string | string[]; party?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const [negotiation, party] = await Promise.all([readNegotiationFilter(params.negotiation), readPartyFilter(params.party)]);
  const what = party.kind === "found" ? `Events of ${party.title}` : "Events";
  return {
    title: negotiation.kind === "found" ? `${what}: ${negotiation.title}` : what,
    description: "Rounds of talks, summits, proposals and statements, newest first.",
  };
}

export default async function EventsPage({ searchParams }: Props) {
  const params = await searchParams;
  const tidy = tidyListAddress("/events", params, ["negotiation", "party"]);
  if (tidy) redirect(tidy);
  const [negotiation, party] = await Promise.all([readNegotiationFilter(params.negotiation), readPartyFilter(params.party)]);
  const filters = { negotiationSlug: filterSlug(negotiation), partySlug: filterSlug(party) };
  const [events, negotiations, parties] = await Promise.all([
    listEvents(filters),
    listNegotiationChoices(),
    // Only parties that took part in some event: any other would empty the list.
    listPartyChoices({ events: { some: { event: visibleEvent } } }),
  ]);
  const years = new Map<number, typeof events>();
  for (const e of events) {
    const year = e.date.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), e]);
  }
  const filtered = filters.negotiationSlug || filters.partySlug;

  return (
    <>
      <h1>
        Events
        <PartyFilterSubtitle filter={party} />
        <NegotiationFilterSubtitle filter={negotiation} />
      </h1>
      <EditLinks links={[{ href: "/events/new", label: "Add an event" }]} />
      <p className="mt-2 max-w-prose text-muted">
        Rounds of talks, summits, proposals and statements, newest first ({events.length} recorded).
      </p>
      <RecordListFilters path="/events" what="events" {...{ negotiations, parties, negotiation, party }} />
      {events.length === 0 && <p className="mt-6">{filtered ? "No events match these filters." : "No events are recorded yet."}</p>}
      {[...years].map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="mb-3 border-b border-line pb-1 text-xl font-semibold">
            {year}
          </h2>
          <EventList events={list} label={`Events in ${year}`} />
        </section>
      ))}
    </>
  );
}
