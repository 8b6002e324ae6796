import type { Metadata } from "next";
import Link from "next/link";
import { notFoundUnlessRetracted } from "@/lib/forms/not-found-unless-retracted";
import { db } from "@/lib/db/client";
import { EditLinks } from "@/components/editing/edit-links";
import { SavedNotice } from "@/components/editing/saved-notice";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CiteRecord } from "@/components/cite-record";
import { PositionFacts } from "@/components/position-facts";
import { PositionHistory } from "@/components/position-history";
import { SourcesSection } from "@/components/sources-section";
import { TextWithMentions } from "@/components/text-with-mentions";
import { PointNumber } from "@/components/plans/point-number";
import { pointHref } from "@/lib/plans/plan-links";
import { confidenceLabel } from "@/lib/terms/labels";
import { TermsView } from "@/components/terms/terms-view";
import { formatPartialDate } from "@/lib/dates/partial-date-format";
import { getPosition } from "@/lib/positions/get-position";
import { termsConfidence } from "@/lib/vocab";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await getPosition({ id: (await params).id });
  return p ? { title: `${p.party.shortName} on ${p.issue.name}`, description: p.summary } : { title: "Position not found" };
}

export default async function PositionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const p = await getPosition({ id });
  if (!p) {
    return notFoundUnlessRetracted(() => db.position.findUnique({ where: { id }, select: { retractedAt: true } }), `/positions/${encodeURIComponent(id)}/edit`);
  }
  const confidence = termsConfidence.safeParse(p.termsConfidence);
  const hasTermsSection = p.issue.kind !== "general" || p.termsNote;

  return (
    <article aria-labelledby="position-heading">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Negotiations" },
          { href: `/negotiations/${p.negotiation.slug}`, label: p.negotiation.title },
          { href: `/negotiations/${p.negotiation.slug}/issues/${p.issue.slug}`, label: p.issue.name },
        ]}
        current={`${p.party.shortName} position`}
      />
      <h1 id="position-heading">
        {p.party.shortName} on {p.issue.name}
      </h1>
      <EditLinks
        links={[
          { href: `/positions/${encodeURIComponent(p.id)}/edit`, label: "Edit", context: "this position" },
          ...(p.status === "current" ? [{ href: `/positions/${encodeURIComponent(p.id)}/new-statement`, label: "New statement" }] : []),
        ]}
      />
      <SavedNotice saved={(await searchParams).saved} noun="position" />
      <p className="mt-3 max-w-prose text-lg leading-relaxed">{p.summary}</p>

      <div className="mt-6 rounded border border-line bg-surface p-4">
        <PositionFacts position={p} />
      </div>

      {hasTermsSection && (
        <section aria-labelledby="terms-heading" className="mt-8">
          <h2 id="terms-heading" className="mb-3 text-xl font-semibold">
            Structured terms
          </h2>
          <TermsView kind={p.issue.kind} terms={p.terms} context={p.termsContext} />
          {(confidence.success || p.termsNote) && (
            <aside aria-label="Editor's coding note" className="mt-4 max-w-prose rounded border border-dashed border-line p-3 text-sm">
              <p className="font-semibold">Editor&rsquo;s coding note</p>
              {confidence.success && <p>Confidence in this coding: {confidenceLabel[confidence.data]}.</p>}
              {p.termsNote && (
                <p className="mt-1">
                  <TextWithMentions text={p.termsNote} mentions={p.mentions} termsKind={p.issue.kind} />
                </p>
              )}
            </aside>
          )}
        </section>
      )}

      {p.details && (
        <section aria-labelledby="details-heading" className="mt-8">
          <h2 id="details-heading" className="mb-2 text-xl font-semibold">
            Details as recorded
          </h2>
          <p className="max-w-prose whitespace-pre-line">
            <TextWithMentions text={p.details} mentions={p.mentions} />
          </p>
        </section>
      )}

      {p.notes && (
        <section aria-labelledby="notes-heading" className="mt-8">
          <h2 id="notes-heading" className="mb-2 text-xl font-semibold">
            Editorial notes
          </h2>
          <p className="max-w-prose whitespace-pre-line">
            <TextWithMentions text={p.notes} mentions={p.mentions} />
          </p>
        </section>
      )}

      {p.points.length > 0 && (
        <section aria-labelledby="points-heading" className="mt-8">
          <h2 id="points-heading" className="mb-2 text-xl font-semibold">
            Plan points it cites
          </h2>
          <ul className="flex flex-col gap-2">
            {p.points.map((point) => (
              <li key={point.id}>
                <Link href={pointHref(point.plan.id, point.number)} className="font-medium">
                  <PointNumber number={point.number} numberPrinted={point.numberPrinted} /> of {point.plan.title}
                </Link>
                : {point.summary}
              </li>
            ))}
          </ul>
        </section>
      )}

      {/* A statement cites at least one source: none shown means every one it cited was retracted. */}
      <SourcesSection items={p.citations} emptyText="No source readers can see: every source this statement cited has been retracted." />

      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="mb-1 text-xl font-semibold">
          How this position changed
        </h2>
        <p className="mb-3 text-sm text-muted">Statements by {p.party.shortName} on this issue, by the date each was made.</p>
        <PositionHistory superseded={p.superseded} self={p} supersededBy={p.supersededBy} />
        <ul className="mt-3 flex flex-col gap-1 text-sm">
          <li>
            <Link href={`/negotiations/${p.negotiation.slug}/issues/${p.issue.slug}#party-${p.party.slug}`}>
              Every statement by {p.party.shortName} on {p.issue.name}
            </Link>
          </li>
          <li>
            {/* Readers who weigh a record want to see how it was edited, not only what was said. */}
            <Link href={`/positions/${encodeURIComponent(p.id)}/history`}>Every edit to this record, with what changed</Link>
          </li>
        </ul>
      </section>

      <CiteRecord
        entityType="position"
        id={p.id}
        title={`${p.party.shortName} on ${p.issue.name}, stated ${formatPartialDate(p.statedOn, p.statedOnPrecision)}`}
        kind="position record"
        path={`/positions/${encodeURIComponent(p.id)}`}
        historyPath={`/positions/${encodeURIComponent(p.id)}/history`}
      />
    </article>
  );
}
