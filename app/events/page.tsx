import type { Metadata } from "next";
import { EditLinks } from "@/components/editing/edit-links";
import { EventList } from "@/components/event-list";
import { FilterNotice, NegotiationFilterSubtitle } from "@/components/filter-notice";
import { listEvents } from "@/lib/events/list-events";
import { filterSlug, readNegotiationFilter } from "@/lib/negotiations/negotiation-filter";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ negotiation?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const negotiation = await readNegotiationFilter((await searchParams).negotiation);
  return {
    title: negotiation.kind === "found" ? `Events: ${negotiation.title}` : "Events",
    description: "Rounds of talks, summits, proposals and statements, newest first.",
  };
}

export default async function EventsPage({ searchParams }: Props) {
  const negotiation = await readNegotiationFilter((await searchParams).negotiation);
  const events = await listEvents({ negotiationSlug: filterSlug(negotiation) });
  const years = new Map<number, typeof events>();
  for (const e of events) {
    const year = e.date.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), e]);
  }

  return (
    <>
      <h1>
        Events
        <NegotiationFilterSubtitle filter={negotiation} />
      </h1>
      <EditLinks links={[{ href: "/events/new", label: "Add an event" }]} />
      <p className="mt-2 max-w-prose text-muted">
        Rounds of talks, summits, proposals and statements, newest first ({events.length} recorded).
      </p>
      <FilterNotice filter={negotiation} everyHref="/events" everyLabel="Events of every negotiation" what="events" />
      {events.length === 0 && <p className="mt-6">No events are recorded yet.</p>}
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
