import type { Metadata } from "next";
import Link from "next/link";
import { notFoundUnlessRetracted } from "@/lib/forms/not-found-unless-retracted";
import { db } from "@/lib/db/client";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CiteRecord } from "@/components/cite-record";
import { EditLinks } from "@/components/editing/edit-links";
import { PartialDate } from "@/components/partial-date";
import { PlanPointItem } from "@/components/plans/plan-point-item";
import { PlanStatus } from "@/components/plans/plan-status";
import { PointNumber } from "@/components/plans/point-number";
import { SourcesSection } from "@/components/sources-section";
import { TextWithMentions } from "@/components/text-with-mentions";
import { getPlanPage, type PlanPage } from "@/lib/plans/get-plan-page";
import { negotiationPlansHref, planDiffHref, planHref } from "@/lib/plans/plan-links";
import { gapSentences } from "@/lib/plans/point-gaps";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ view?: string | string[]; saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPlanPage({ id: (await params).id });
  return page ? { title: page.plan.title, description: page.plan.summary } : { title: "Plan not found" };
}

function PointsByIssue({ page }: { page: PlanPage }) {
  const groups = [
    ...page.issues.map((issue) => ({ key: issue.id, title: issue.name, points: page.points.filter((p) => p.issues.some((i) => i.id === issue.id)) })),
    { key: "none", title: "No issue recorded", points: page.points.filter((p) => p.issues.length === 0) },
  ].filter((g) => g.points.length > 0);
  return (
    <>
      <p className="mt-1 text-sm text-muted">A point that touches several issues is listed under each.</p>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`issue-${group.key}`} className="mt-5">
          <h3 id={`issue-${group.key}`} className="mb-2 text-lg font-semibold">
            {group.title} ({group.points.length})
          </h3>
          <ol className="flex flex-col gap-3" aria-label={`Points on ${group.title}`}>
            {group.points.map((point) => (
              <PlanPointItem key={point.id} point={point} negotiationSlug={page.plan.negotiation.slug} anchored={false} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

export default async function PlanPageView({ params, searchParams }: Props) {
  const { id } = await params;
  const page = await getPlanPage({ id });
  if (!page) return notFoundUnlessRetracted(() => db.plan.findUnique({ where: { id }, select: { retractedAt: true } }), `/plans/${encodeURIComponent(id)}/edit`);
  const { plan, points } = page;
  const query = await searchParams;
  const byIssue = query.view === "issues";
  const gaps = gapSentences(page.gaps);
  const base = planHref(plan.id);

  return (
    <article aria-labelledby="plan-heading">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Negotiations" },
          { href: `/negotiations/${encodeURIComponent(plan.negotiation.slug)}`, label: plan.negotiation.title },
          { href: negotiationPlansHref(plan.negotiation.slug), label: "Plans" },
        ]}
        current={plan.title}
      />
      <p className="text-sm text-muted">Plan</p>
      <h1 id="plan-heading">
        {plan.title}
      </h1>
      <EditLinks
        links={[
          { href: `${base}/edit`, label: "Edit", context: plan.title },
          { href: `${base}/points`, label: "Add, arrange and map points", context: `of ${plan.title}` },
          { href: `/history/plan/${encodeURIComponent(plan.id)}`, label: "History", context: `of ${plan.title}` },
        ]}
      />
      {query.saved === "points" && (
        <p role="status" className="mt-3 rounded border-2 border-green-800 bg-surface p-3 font-medium dark:border-green-300">
          <span aria-hidden="true">✓ </span>The points were saved.
        </p>
      )}
      <dl className="mt-4 grid gap-x-6 gap-y-2 rounded border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-muted">Date</dt>
        <dd>
          <PartialDate date={plan.date} precision={plan.datePrecision} />
        </dd>
        <dt className="font-medium text-muted">Status</dt>
        <dd>
          <PlanStatus status={plan.status} />
        </dd>
        <dt className="font-medium text-muted">{plan.authors.length === 1 ? "Author" : "Authors"}</dt>
        <dd>
          {plan.authors.length === 0 ? "Not recorded" : (
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {plan.authors.map((a) => (
                <li key={a.slug}>
                  <Link href={`/parties/${encodeURIComponent(a.slug)}`}>{a.shortName}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-medium text-muted">Negotiation</dt>
        <dd>
          <Link href={`/negotiations/${encodeURIComponent(plan.negotiation.slug)}`}>{plan.negotiation.title}</Link>
        </dd>
        <dt className="font-medium text-muted">Revises or answers</dt>
        <dd>
          {plan.previousVersion ? (
            <>
              <Link href={planHref(plan.previousVersion.id)}>{plan.previousVersion.title}</Link>
              {" · "}
              <Link href={planDiffHref(plan.previousVersion.id, plan.id)}>What changed</Link>
            </>
          ) : (
            "No earlier plan"
          )}
        </dd>
        {plan.laterVersions.length > 0 && (
          <>
            <dt className="font-medium text-muted">Revised or answered by</dt>
            <dd>
              <ul>
                {plan.laterVersions.map((later) => (
                  <li key={later.id}>
                    <Link href={planHref(later.id)}>{later.title}</Link> (<PartialDate date={later.date} precision={later.datePrecision} />)
                    {" · "}
                    <Link href={planDiffHref(plan.id, later.id)}>What changed</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt className="font-medium text-muted">Points</dt>
        <dd>
          {points.length} recorded{page.gaps.documentPoints !== null && ` of the document's ${page.gaps.documentPoints}`}
        </dd>
      </dl>

      <section aria-labelledby="summary-heading" className="mt-8">
        <h2 id="summary-heading" className="mb-2 text-xl font-semibold">
          Summary
        </h2>
        <p className="max-w-prose whitespace-pre-line">{plan.summary}</p>
      </section>

      {(gaps.length > 0 || plan.notes) && (
        <section aria-labelledby="gaps-heading" className="mt-8 rounded border-l-4 border-line bg-surface p-4">
          <h2 id="gaps-heading" className="mb-2 text-xl font-semibold">
            {gaps.length > 0 && plan.notes ? "What the record lacks, and notes on the sources" : gaps.length > 0 ? "What the record lacks" : "Notes on the sources"}
          </h2>
          {gaps.map((sentence) => (
            <p key={sentence} className="max-w-prose font-medium">
              {sentence}
            </p>
          ))}
          {plan.notes && (
            <p className="mt-2 max-w-prose whitespace-pre-line">
              <TextWithMentions text={plan.notes} mentions={page.mentions} />
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="points-heading" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="points-heading" className="text-xl font-semibold">
            Points ({points.length})
          </h2>
          <nav aria-label="Order of the points" className="no-print text-sm">
            <ul className="flex gap-4">
              <li>{byIssue ? <Link href={base}>In printed order</Link> : <span aria-current="page">In printed order</span>}</li>
              <li>{byIssue ? <span aria-current="page">By issue</span> : <Link href={`${base}?view=issues`}>By issue</Link>}</li>
            </ul>
          </nav>
        </div>
        {points.length === 0 ? (
          <p className="mt-2 text-muted">No point of this plan is recorded.</p>
        ) : byIssue ? (
          <PointsByIssue page={page} />
        ) : (
          <ol className="mt-3 flex flex-col gap-3" aria-label="Points in printed order">
            {points.map((point) => (
              <PlanPointItem key={point.id} point={point} negotiationSlug={plan.negotiation.slug} anchored />
            ))}
          </ol>
        )}
      </section>

      {plan.previousVersion && plan.dropped.length > 0 && (
        <section aria-labelledby="dropped-heading" className="mt-8">
          <h2 id="dropped-heading" className="mb-2 text-xl font-semibold">
            Points of {plan.previousVersion.title} it leaves out, as the sources say
          </h2>
          <ul className="flex flex-col gap-2">
            {plan.dropped.map((d) => (
              <li key={d.id}>
                <span className="font-medium">
                  <PointNumber number={d.number} numberPrinted={d.numberPrinted} />
                </span>
                : {d.summary}
                {d.note && <span className="block text-sm text-muted">{d.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <SourcesSection items={plan.sources.map((source) => ({ source }))} />
      <p className="mt-6 text-sm">
        <Link href={`/history/plan/${encodeURIComponent(plan.id)}`}>Every edit to this record, with what changed</Link>
      </p>
      <CiteRecord entityType="plan" id={plan.id} title={plan.title} kind="plan record" path={base} historyPath={`/history/plan/${encodeURIComponent(plan.id)}`} />
    </article>
  );
}
