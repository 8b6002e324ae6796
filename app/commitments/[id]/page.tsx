import type { Metadata } from "next";
import Link from "next/link";
import { notFoundUnlessRetracted } from "@/lib/forms/not-found-unless-retracted";
import { db } from "@/lib/db/client";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CiteRecord } from "@/components/cite-record";
import { CommitmentStatusBadge } from "@/components/commitment-status-badge";
import { EditLinks } from "@/components/editing/edit-links";
import { SavedNotice } from "@/components/editing/saved-notice";
import { FactRow } from "@/components/fact-row";
import { PartialDate } from "@/components/partial-date";
import { RecordedAt } from "@/components/recorded-at";
import { SourcesSection } from "@/components/sources-section";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { PartyLinks } from "@/components/party-links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await getCommitment((await params).id);
  return commitment ? { title: commitment.summary, description: commitment.evidence ?? undefined } : { title: "Commitment not found" };
}

export default async function CommitmentPage({ params, searchParams }: Props) {
  const { id: commitmentId } = await params;
  const commitment = await getCommitment(commitmentId);
  if (!commitment) {
    return notFoundUnlessRetracted(
      () => db.commitment.findUnique({ where: { id: commitmentId }, select: { retractedAt: true } }),
      `/commitments/${encodeURIComponent(commitmentId)}/edit`,
    );
  }
  const id = encodeURIComponent(commitment.id);
  const negotiation = commitment.negotiation;

  return (
    <article aria-labelledby="commitment-heading">
      <Breadcrumbs
        trail={[
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title },
          { href: `/commitments?negotiation=${encodeURIComponent(negotiation.slug)}`, label: "Commitments" },
        ]}
        current="Commitment"
      />
      <p className="text-sm text-muted">Commitment</p>
      <h1 id="commitment-heading" className="max-w-prose">
        {commitment.summary}
      </h1>
      <p className="mt-3">
        <CommitmentStatusBadge status={commitment.status} />
      </p>
      <EditLinks links={[{ href: `/commitments/${id}/edit`, label: "Edit", context: `commitment: ${commitment.summary}` }]} />
      <SavedNotice saved={(await searchParams).saved} noun="commitment" />
      <dl className="mt-4 grid gap-x-6 gap-y-2 rounded border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        <FactRow label="Parties">
          <PartyLinks parties={commitment.parties} />
        </FactRow>
        <FactRow label="Made at">
          {commitment.event ? (
            <>
              <Link href={`/events/${commitment.event.slug}`}>{commitment.event.name}</Link>,{" "}
              <PartialDate date={commitment.event.date} precision={commitment.event.datePrecision} />
            </>
          ) : (
            "No event recorded"
          )}
        </FactRow>
        <FactRow label="Negotiation">
          <Link href={`/negotiations/${negotiation.slug}`}>{negotiation.title}</Link>
        </FactRow>
      </dl>

      <section aria-labelledby="evidence-heading" className="mt-8">
        <h2 id="evidence-heading" className="mb-2 text-xl font-semibold">
          Evidence for its status
        </h2>
        <p className="max-w-prose whitespace-pre-line">{commitment.evidence ?? "No evidence is recorded yet."}</p>
      </section>

      <section aria-labelledby="status-over-time-heading" className="mt-8">
        <h2 id="status-over-time-heading" className="mb-2 text-xl font-semibold">
          Its status as recorded over time
        </h2>
        <p className="mb-2 max-w-prose text-sm text-muted">
          The dates are when Parley recorded each status, not when the promise was kept or broken.
        </p>
        {commitment.statusRecorded.length === 0 ? (
          <p className="text-muted">No edits are recorded for this commitment.</p>
        ) : (
          <ol aria-label="Status as recorded over time" className="flex flex-col gap-1.5">
            {commitment.statusRecorded.map((entry, index) => (
              <li key={index} className="flex flex-wrap items-center gap-x-2">
                <CommitmentStatusBadge status={entry.status} />{" "}
                <span className="text-sm">
                  recorded <RecordedAt at={entry.recordedAt} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <SourcesSection items={commitment.sources.map((source) => ({ source }))} />
      <p className="mt-6 text-sm">
        <Link href={`/history/commitment/${id}`}>Every edit to this record, with what changed</Link>
      </p>
      <CiteRecord
        entityType="commitment"
        id={commitment.id}
        title={commitment.summary}
        kind="commitment record"
        path={`/commitments/${id}`}
        historyPath={`/history/commitment/${id}`}
      />
    </article>
  );
}
