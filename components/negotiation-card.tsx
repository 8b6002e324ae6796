import Link from "next/link";
import type { NegotiationSummary } from "@/lib/negotiations/list-negotiations";
import { plural } from "./event-list";
import { NegotiationStatus } from "./negotiation-status";
import { PartialDate } from "./partial-date";
import { RecordedAt } from "./recorded-at";
import { PartyLinks } from "@/components/party-links";

/** A negotiation on the home page: who is at the table, what happened last, how much is recorded. */
export function NegotiationCard({ negotiation: n }: { negotiation: NegotiationSummary }) {
  const headingId = `negotiation-${n.slug}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line bg-surface p-5 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-2xl font-semibold">
          <Link href={`/negotiations/${n.slug}`}>{n.title}</Link>
        </h2>
        <NegotiationStatus status={n.status} />
      </div>
      <p className="mt-2 max-w-prose">{n.summary}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Parties</dt>
        <dd>
          <PartyLinks parties={n.parties} empty="" />
        </dd>
        <dt className="font-medium">Last event</dt>
        <dd>
          {n.lastEvent ? (
            <>
              <Link href={`/events/${n.lastEvent.slug}`}>{n.lastEvent.name}</Link>,{" "}
              <PartialDate date={n.lastEvent.date} precision={n.lastEvent.datePrecision} />
            </>
          ) : n.nextEvent ? (
            "None held yet"
          ) : (
            "None recorded"
          )}
        </dd>
        {n.nextEvent && (
          <>
            <dt className="font-medium">Next event</dt>
            <dd>
              <Link href={`/events/${n.nextEvent.slug}`}>{n.nextEvent.name}</Link>,{" "}
              <PartialDate date={n.nextEvent.date} precision={n.nextEvent.datePrecision} /> (scheduled)
            </dd>
          </>
        )}
        <dt className="font-medium">Recorded</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-4">
            <li>
              {plural(n.counts.positions, "position")} ({n.counts.currentPositions.toLocaleString("en-GB")} current)
            </li>
            <li>{plural(n.counts.events, "event")}</li>
            <li>{plural(n.counts.commitments, "commitment")}</li>
            <li>{plural(n.counts.plans, "plan")}</li>
          </ul>
        </dd>
        <dt className="font-medium">Last change</dt>
        <dd>{n.lastChangedAt ? <RecordedAt at={n.lastChangedAt} /> : "Never"}</dd>
      </dl>
    </article>
  );
}
