import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditLinks } from "@/components/editing/edit-links";
import { IssuePlanPoints } from "@/components/plans/issue-plan-points";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { StatementItem } from "@/components/statement-item";
import { StatementTimeline } from "@/components/statement-timeline";
import { AsOfBanner } from "@/components/time-travel/as-of-banner";
import { AsOfForm } from "@/components/time-travel/as-of-form";
import { asOfDate, formatAsOf, parseAsOfParam } from "@/lib/dates/as-of-param";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { getIssuePage } from "@/lib/issues/get-issue-page";
import { listIssuePlanPoints } from "@/lib/plans/list-issue-plan-points";
import { negotiationPlansHref } from "@/lib/plans/plan-links";
import { issueKind } from "@/lib/vocab";
import { issueKindLabel } from "@/lib/vocab/labels";
import { IssueClaimMaps } from "@/components/maps/issue-claim-maps";
import { territoryClaimPanels } from "@/lib/maps/claim-panels";
import { getNegotiationMap } from "@/lib/maps/negotiation-map";
import { listTermReferences } from "@/lib/terms/term-references";
import type { IssuePage as IssuePageData } from "@/lib/issues/get-issue-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; issue: string }>; searchParams: Promise<{ asOf?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, issue } = await params;
  const page = await getIssuePage({ negotiationSlug: slug, issueSlug: issue });
  if (!page) return { title: "Issue not found" };
  const path = `/negotiations/${encodeURIComponent(page.negotiation.slug)}/issues/${encodeURIComponent(page.issue.slug)}/changes.atom`;
  const alternates = feedAlternates({ path, title: `Changes to ${page.issue.name}` });
  return { title: `${page.issue.name} · ${page.negotiation.title}`, description: page.issue.description, alternates };
}

export default async function IssuePage({ params, searchParams }: Props) {
  const { slug, issue: issueSlug } = await params;
  const asOfParam = parseAsOfParam((await searchParams).asOf);
  const asOf = asOfDate(asOfParam);
  const page = await getIssuePage({ negotiationSlug: slug, issueSlug, asOf });
  if (!page) notFound();
  const { issue, negotiation, parties } = page;
  const plans = await listIssuePlanPoints({ issueId: issue.id });
  const kind = issueKind.safeParse(issue.kind);
  const speakers = parties.filter((p) => p.timeline.length > 0);
  const silent = parties.filter((p) => p.timeline.length === 0);
  const base = `/negotiations/${encodeURIComponent(negotiation.slug)}/issues/${encodeURIComponent(issue.slug)}`;
  const withAsOf = (path: string) => (asOfParam.kind === "valid" ? `${path}?asOf=${asOfParam.text}` : path);
  const maps = kind.success && kind.data === "territory" ? await claimMaps(page, asOf) : null;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "Negotiations" },
          { href: withAsOf(`/negotiations/${negotiation.slug}`), label: negotiation.title },
        ]}
        current={issue.name}
      />
      <p className="text-sm text-muted">Issue{kind.success && kind.data !== "general" && <> · {issueKindLabel[kind.data]}</>}</p>
      <h1>{issue.name}</h1>
      <p className="mt-2 max-w-prose">{issue.description}</p>
      <EditLinks
        links={[
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}/issues/${encodeURIComponent(issue.slug)}/edit`, label: "Edit", context: issue.name },
          { href: `/positions/new?negotiation=${encodeURIComponent(negotiation.slug)}&issue=${encodeURIComponent(issue.slug)}`, label: "Add a position", context: `on ${issue.name}` },
        ]}
      />

      <AsOfBanner asOf={asOfParam} todayHref={base} />
      <div className="mt-4 flex flex-wrap items-end justify-between gap-4">
        <AsOfForm action={base} asOf={asOfParam} />
        <p className="no-print flex flex-wrap gap-x-5 gap-y-1">
          <Link href={`/negotiations/${encodeURIComponent(negotiation.slug)}/changes?issue=${encodeURIComponent(issue.slug)}`}>
            What was said on {issue.name} between two dates
          </Link>
          {kind.success && kind.data === "territory" && (
            <Link href={`/negotiations/${encodeURIComponent(negotiation.slug)}/areas`}>The areas at stake, and who holds each now</Link>
          )}
        </p>
      </div>

      <section aria-labelledby="current-heading" className="mt-8">
        <h2 id="current-heading" className="text-xl font-semibold">
          {asOf ? `Where each party stood on ${formatAsOf(asOf)}` : "Where each party stands now"}
        </h2>
        <p className="mt-1 text-sm text-muted">Each party&rsquo;s latest statement on the issue, by the date it was made.</p>
        <ul aria-label={asOf ? `Positions as of ${formatAsOf(asOf)}` : "Current positions"} className="mt-4 grid gap-4 md:grid-cols-2">
          {speakers.map((party) => (
            <li key={party.id} className="rounded border border-line bg-surface p-4">
              <h3 className="mb-2 text-lg font-semibold">
                <Link href={withAsOf(`/parties/${party.slug}`)} className="quiet-link">
                  {party.shortName}
                </Link>
              </h3>
              {party.current ? (
                <StatementItem statement={party.current} showStatus={false} />
              ) : (
                <p className="text-muted">No current position: every statement on the issue has been withdrawn.</p>
              )}
            </li>
          ))}
        </ul>
        {silent.length > 0 && (
          <p className="mt-4 text-sm">
            No stated position: {silent.map((p) => p.shortName).join(", ")}.
          </p>
        )}
      </section>

      {maps}

      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          How positions changed
        </h2>
        <p className="mt-1 text-sm text-muted">Every statement on the issue by each party, oldest first.</p>
        {speakers.map((party) => (
          <section key={party.id} id={`party-${party.slug}`} aria-labelledby={`timeline-${party.slug}`} className="mt-6 scroll-mt-4">
            <h3 id={`timeline-${party.slug}`} className="mb-3 text-lg font-semibold">
              {party.shortName}
            </h3>
            <StatementTimeline statements={party.timeline} label={`${party.shortName}: statements on ${issue.name}, oldest first`} />
          </section>
        ))}
      </section>

      <section aria-labelledby="plans-heading" className="mt-10">
        <h2 id="plans-heading" className="text-xl font-semibold">
          In the plans
        </h2>
        <p className="mt-1 text-sm text-muted">
          Every plan&rsquo;s points on {issue.name}, side by side, oldest plan first.{" "}
          <Link href={negotiationPlansHref(negotiation.slug)}>All plans of the negotiation</Link>
        </p>
        <IssuePlanPoints plans={plans} issueName={issue.name} />
      </section>
    </>
  );
}

/** A territory issue's maps of each party's current claims, on the page's date. */
async function claimMaps({ negotiation, parties }: IssuePageData, asOf: Date | undefined) {
  const withPosition = parties.flatMap((party) => (party.current ? [{ party, position: party.current }] : []));
  const named = withPosition.flatMap(({ position }) => listTermReferences("territory", position.terms).flatMap((r) => (r.kind === "party" ? [r.slug] : [])));
  const { layout, context } = await getNegotiationMap(negotiation.id, { partySlugs: named });
  if (context.areas.length === 0) return null;
  const { keys, panels } = territoryClaimPanels(withPosition, context, (id) => `/positions/${encodeURIComponent(id)}`);
  const quiet = panels.filter((p) => Object.keys(p.fills).length === 0).map((p) => p.title);
  return <IssueClaimMaps layout={layout} keys={keys} panels={panels} quiet={quiet} when={asOf ? `on ${formatAsOf(asOf)}` : "now"} />;
}
