import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditLinks } from "@/components/editing/edit-links";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CommitmentCounts } from "@/components/commitment-counts";
import { CommitmentList } from "@/components/commitment-list";
import { EventList } from "@/components/event-list";
import { LatestChanges } from "@/components/latest-changes";
import { PositionMatrix } from "@/components/matrix/position-matrix";
import { NegotiationStatus } from "@/components/negotiation-status";
import { RecordedAt } from "@/components/recorded-at";
import { StanceLegend } from "@/components/stance-legend";
import { AsOfBanner } from "@/components/time-travel/as-of-banner";
import { AsOfForm } from "@/components/time-travel/as-of-form";
import { asOfDate, parseAsOfParam } from "@/lib/dates/as-of-param";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { getMatrix } from "@/lib/negotiations/get-matrix";
import { loadNegotiationPage } from "@/lib/negotiations/load-negotiation-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ asOf?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const matrix = await getMatrix({ slug: (await params).slug });
  if (!matrix) return { title: "Negotiation not found" };
  const { title, summary, slug } = matrix.negotiation;
  const alternates = feedAlternates({ path: `/negotiations/${encodeURIComponent(slug)}/changes.atom`, title: `Changes to ${title}` });
  return { title, description: summary, alternates };
}

export default async function NegotiationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const asOfParam = parseAsOfParam((await searchParams).asOf);
  const asOf = asOfDate(asOfParam);
  const { matrix, events, scheduledEvents, commitments, commitmentCounts, lastChange, latestChanges } = await loadNegotiationPage({ slug, asOf });
  if (!matrix) notFound();
  const { negotiation } = matrix;
  const base = `/negotiations/${encodeURIComponent(negotiation.slug)}`;
  const asOfQuery = asOfParam.kind === "valid" ? `?asOf=${asOfParam.text}` : "";

  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Negotiations" }]} current={negotiation.title} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{negotiation.title}</h1>
        <NegotiationStatus status={negotiation.status} />
      </div>
      <EditLinks
        links={[
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}/edit`, label: "Edit", context: negotiation.title },
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}/setup`, label: "Set up", context: negotiation.title },
          { href: `/positions/new?negotiation=${encodeURIComponent(negotiation.slug)}`, label: "Add a position" },
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}/issues/new`, label: "Add an issue" },
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}/areas/new`, label: "Add an area" },
          { href: `/events/new?negotiation=${encodeURIComponent(negotiation.slug)}`, label: "Add an event" },
          { href: `/commitments/new?negotiation=${encodeURIComponent(negotiation.slug)}`, label: "Add a commitment" },
        ]}
      />
      {/* The summary folds away, beside when the records last changed, so the matrix's first
          rows show on a laptop screen even when a negotiation needs a long introduction. */}
      <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-1 text-sm">
        <details className="no-print min-w-0 max-w-prose flex-1 basis-80">
          <summary className="cursor-pointer font-medium">About this negotiation</summary>
          <p className="mt-2 text-base">{negotiation.summary}</p>
        </details>
        {lastChange && (
          <p className="text-muted">
            Records last changed <RecordedAt at={lastChange} />.{" "}
            <Link href={`/changes?negotiation=${encodeURIComponent(slug)}`}>Every edit to them</Link>
          </p>
        )}
      </div>
      <p className="mt-2 hidden max-w-prose print:block">{negotiation.summary}</p>

      {/* The matrix is what readers come for: on a laptop screen its first rows show without
          scrolling, so the reading guide and legend fold away above it and the date control
          sits on one line beside the heading (print shows the legend in full). */}
      <section aria-labelledby="matrix-heading" className="mt-6 flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <h2 id="matrix-heading" className="text-xl font-semibold">
            Who stands where
          </h2>
          <AsOfForm action={base} asOf={asOfParam} compact />
        </div>
        <AsOfBanner asOf={asOfParam} todayHref={base} />
        <div className="no-print flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
          <details className="group min-w-0 flex-1 basis-80 text-sm">
            <summary className="cursor-pointer font-medium">How to read this table: stances and dates</summary>
            <div className="mt-2 flex flex-col gap-3">
              <p className="max-w-prose text-muted">
                Each cell is a party&rsquo;s latest statement on an issue, dated by when it was made. Hover over or focus a
                stance to read its summary; open it for the terms, sources and earlier statements.
              </p>
              <StanceLegend />
            </div>
          </details>
          <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            <Link href={`${base}/compare${asOfQuery}`}>Compare parties side by side</Link>
            <Link href={`${base}/changes`}>What changed between two dates</Link>
            <Link href={`${base}/plans`}>Plans and drafts, point by point</Link>
            <Link href={`${base}/areas`}>Areas at stake</Link>
            <a href={`/api/v1/export.csv?negotiation=${encodeURIComponent(negotiation.slug)}`} download>
              Every statement as a spreadsheet (CSV)
            </a>
            <Link href="/data#csv-heading">Its events, commitments, sources and plan points as spreadsheets</Link>
          </p>
        </div>
        <div className="hidden print:block">
          <StanceLegend headingId="stance-legend-print" />
        </div>
        <PositionMatrix matrix={matrix} asOf={asOf} asOfQuery={asOfQuery} />
      </section>

      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="events-heading">
          <h2 id="events-heading" className="mb-3 text-xl font-semibold">
            Latest events
          </h2>
          <EventList events={events} showNegotiation={false} label="Latest events" empty={scheduledEvents.length > 0 ? "None held yet." : undefined} />
          {scheduledEvents.length > 0 && (
            <>
              <h3 className="mb-3 mt-6 text-lg font-semibold">Scheduled</h3>
              <EventList events={scheduledEvents} showNegotiation={false} label="Scheduled events" />
            </>
          )}
          <p className="mt-3">
            <Link href={`/events?negotiation=${encodeURIComponent(slug)}`}>All events of these talks</Link>
          </p>
        </section>
        <section aria-labelledby="commitments-heading">
          <h2 id="commitments-heading" className="mb-3 text-xl font-semibold">
            Commitments
          </h2>
          <CommitmentCounts counts={commitmentCounts} negotiationSlug={slug} />
          <div className="mt-4">
            <CommitmentList commitments={commitments} label="Latest commitments" compact />
          </div>
          <p className="mt-3">
            <Link href={`/commitments?negotiation=${encodeURIComponent(slug)}`}>Track every commitment of these talks</Link>
          </p>
        </section>
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading" className="mb-1 text-xl font-semibold">
            Latest changes
          </h2>
          {/* Recording dates, whatever date the matrix above is shown as of. */}
          <p className="mb-3 text-sm text-muted">To these records, by when Parley recorded them.</p>
          <LatestChanges changes={latestChanges.items} complete={latestChanges.complete} label="Latest changes" />
          <p className="mt-3">
            <Link href={`/changes?negotiation=${encodeURIComponent(slug)}`}>Every change to these records</Link>
          </p>
        </section>
      </div>
    </>
  );
}
