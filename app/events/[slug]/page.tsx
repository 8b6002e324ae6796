import type { Metadata } from "next";
import Link from "next/link";
import { notFoundUnlessRetracted } from "@/lib/forms/not-found-unless-retracted";
import { db } from "@/lib/db/client";
import { EditLinks } from "@/components/editing/edit-links";
import { SavedNotice } from "@/components/editing/saved-notice";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CiteRecord } from "@/components/cite-record";
import { CommitmentList } from "@/components/commitment-list";
import { PartialDate } from "@/components/partial-date";
import { SourcesSection } from "@/components/sources-section";
import { StatementItem } from "@/components/statement-item";
import { getEvent } from "@/lib/events/get-event";
import { PartyLinks } from "@/components/party-links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent({ slug: (await params).slug });
  return event ? { title: event.name, description: event.summary } : { title: "Event not found" };
}

export default async function EventPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const event = await getEvent({ slug });
  if (!event) {
    return notFoundUnlessRetracted(() => db.event.findFirst({ where: { slug }, select: { retractedAt: true } }), `/events/${encodeURIComponent(slug)}/edit`);
  }

  return (
    <article aria-labelledby="event-heading">
      <Breadcrumbs
        trail={[
          { href: `/negotiations/${encodeURIComponent(event.negotiation.slug)}`, label: event.negotiation.title },
          { href: "/events", label: "Events" },
        ]}
        current={event.name}
      />
      <p className="text-sm text-muted">Event</p>
      <h1 id="event-heading">
        {event.name}
      </h1>
      <EditLinks
        links={[
          { href: `/events/${encodeURIComponent(event.slug)}/edit`, label: "Edit", context: event.name },
          { href: `/commitments/new?negotiation=${encodeURIComponent(event.negotiation.slug)}&event=${encodeURIComponent(event.slug)}`, label: "Add a commitment made here" },
        ]}
      />
      <SavedNotice saved={(await searchParams).saved} noun="event" />
      <dl className="mt-4 grid gap-x-6 gap-y-2 rounded border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-muted">Date</dt>
        <dd>
          <PartialDate date={event.date} precision={event.datePrecision} />
        </dd>
        <dt className="font-medium text-muted">Place</dt>
        <dd>{event.location ?? "Not recorded"}</dd>
        <dt className="font-medium text-muted">Negotiation</dt>
        <dd>
          <Link href={`/negotiations/${event.negotiation.slug}`}>{event.negotiation.title}</Link>
        </dd>
        <dt className="font-medium text-muted">Participants</dt>
        <dd>
          <PartyLinks parties={event.participants} />
        </dd>
      </dl>

      <section aria-labelledby="outcome-heading" className="mt-8">
        <h2 id="outcome-heading" className="mb-2 text-xl font-semibold">
          What happened
        </h2>
        <p className="max-w-prose whitespace-pre-line">{event.summary}</p>
      </section>

      <section aria-labelledby="positions-heading" className="mt-8">
        <h2 id="positions-heading" className="mb-3 text-xl font-semibold">
          Positions stated here ({event.positions.length})
        </h2>
        {event.positions.length === 0 ? (
          <p className="text-muted">No positions are recorded as stated at this event.</p>
        ) : (
          <ul aria-label="Positions stated here" className="grid gap-4 md:grid-cols-2">
            {event.positions.map((p) => (
              <li key={p.id} className="rounded border border-line bg-surface p-4">
                <StatementItem
                  statement={p}
                  title={
                    <>
                      <Link href={`/parties/${p.party.slug}`}>{p.party.shortName}</Link> on{" "}
                      <Link href={`/negotiations/${event.negotiation.slug}/issues/${p.issue.slug}`}>{p.issue.name}</Link>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="commitments-heading" className="mt-8">
        <h2 id="commitments-heading" className="mb-3 text-xl font-semibold">
          Commitments made here ({event.commitments.length})
        </h2>
        <CommitmentList commitments={event.commitments} label="Commitments made here" />
      </section>

      <SourcesSection items={event.sources.map((source) => ({ source }))} />
      <p className="mt-6 text-sm">
        <Link href={`/history/event/${encodeURIComponent(event.id)}`}>Every edit to this record, with what changed</Link>
      </p>
      <CiteRecord
        entityType="event"
        id={event.id}
        title={event.name}
        kind="event record"
        path={`/events/${encodeURIComponent(event.slug)}`}
        historyPath={`/history/event/${encodeURIComponent(event.id)}`}
      />
    </article>
  );
}
