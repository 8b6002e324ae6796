import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CompareForm } from "@/components/compare/compare-form";
import { ComparisonFigures } from "@/components/compare/comparison-figures";
import { CompareLegend, ComparisonTable } from "@/components/compare/comparison-table";
import { CopyLink } from "@/components/copy-link";
import { AsOfBanner } from "@/components/time-travel/as-of-banner";
import {
  canonicalCompareQuery,
  compareHref,
  isSameQuery,
  parseCompareParams,
  type CompareParams,
  type SearchParams,
} from "@/lib/compare/compare-params";
import { getComparison } from "@/lib/compare/get-comparison";
import { joinWords } from "@/lib/compare/wording";
import { asOfDate, formatAsOf } from "@/lib/dates/as-of-param";
import { CompareDifferenceMaps } from "@/components/maps/compare-difference-maps";
import { listDifferenceMaps } from "@/lib/maps/difference-areas";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

function load(slug: string, asked: CompareParams) {
  return getComparison(
    { negotiation: slug, parties: asked.parties, issues: asked.issues ?? undefined, asOf: asOfDate(asked.asOf) },
    { unknownSlugs: "report" },
  );
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).slug, parseCompareParams(await searchParams));
  if (!data) return { title: "Negotiation not found" };
  const names = data.parties.map((p) => p.shortName);
  return {
    title: names.length >= 2 ? `${joinWords(names)} compared · ${data.negotiation.title}` : `Compare parties · ${data.negotiation.title}`,
    description: `Parties' positions side by side on each issue of the ${data.negotiation.title}, with where they align and where they are opposed.`,
  };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const given = await searchParams;
  const asked = parseCompareParams(given);
  const data = await load(slug, asked);
  if (!data) notFound();

  // One address per comparison: the form's `parties=a&parties=b` becomes `parties=a,b`.
  const canonical = canonicalCompareQuery(asked, data.allIssues.map((i) => i.slug));
  if (!isSameQuery(given, canonical)) redirect(`/negotiations/${encodeURIComponent(slug)}/compare${canonical ? `?${canonical}` : ""}`);

  const { negotiation, parties } = data;
  const asOf = asOfDate(asked.asOf);
  const asOfText = asked.asOf.kind === "valid" ? asked.asOf.text : null;
  const issueSlugs = asked.issues === null ? null : data.issues.map((i) => i.slug);
  const state = { parties: parties.map((p) => p.slug), issues: issueSlugs, asOf: asOfText };
  const here = compareHref(negotiation.slug, state);
  const withAsOf = (path: string) => (asOfText ? `${path}?asOf=${asOfText}` : path);
  // Parties chosen by address that sit outside the negotiation stay choosable.
  const differenceMaps = await listDifferenceMaps(data, asOf);
  const listed = [...data.seats, ...data.outside];
  const partyOptions = [...listed, ...parties.filter((p) => !listed.some((s) => s.id === p.id))];

  return (
    <div className="compare-page">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Negotiations" },
          { href: withAsOf(`/negotiations/${negotiation.slug}`), label: negotiation.title },
        ]}
        current="Compare"
      />
      <h1>
        {parties.length >= 2 ? `${joinWords(parties.map((p) => p.shortName))} compared` : "Compare parties"}
      </h1>
      <p className="mt-2 max-w-prose">
        Each party&rsquo;s position on each issue of the {negotiation.title}, side by side. Where the positions carry
        structured terms, Parley compares them by rule and says where the parties are aligned, partly aligned or opposed
        — and why.
      </p>

      <AsOfBanner asOf={asked.asOf} todayHref={compareHref(negotiation.slug, { ...state, asOf: null })} />

      {(data.unknownParties.length > 0 || data.unknownIssues.length > 0) && (
        <div role="status" className="my-4 rounded border-2 border-stance-demands bg-surface p-3">
          {data.unknownParties.length > 0 && (
            <p>
              No party called {joinWords(data.unknownParties.map((s) => `“${s}”`))}: left out of the comparison.
            </p>
          )}
          {data.unknownIssues.length > 0 && (
            <p>
              The {negotiation.title} has no issue called {joinWords(data.unknownIssues.map((s) => `“${s}”`))}: left out of
              the comparison.
            </p>
          )}
        </div>
      )}

      <div className="mt-6">
        <CompareForm
          action={`/negotiations/${negotiation.slug}/compare`}
          parties={partyOptions.map((p) => ({ slug: p.slug, label: data.seats.some((s) => s.id === p.id) ? p.shortName : `${p.shortName} (no seat)` }))}
          issues={data.allIssues.map((i) => ({ slug: i.slug, label: i.name }))}
          chosenParties={state.parties}
          chosenIssues={issueSlugs}
          asOf={asked.asOf}
        />
      </div>

      {parties.length < 2 ? (
        <p className="mt-6 rounded border border-line bg-surface p-4">
          {parties.length === 0 ? "Choose two or more parties to compare." : `Choose at least one more party to compare with ${parties[0]!.shortName}.`}{" "}
          {data.seats.length >= 2 && (
            <>
              For example,{" "}
              <Link href={compareHref(negotiation.slug, { parties: data.seats.slice(0, 2).map((p) => p.slug), issues: null, asOf: asOfText })}>
                compare {data.seats[0]!.shortName} and {data.seats[1]!.shortName}
              </Link>
              .
            </>
          )}
        </p>
      ) : data.rows.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-surface p-4">Choose at least one issue to compare.</p>
      ) : (
        <section aria-labelledby="comparison-heading" className="mt-8 flex flex-col gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="comparison-heading" className="text-xl font-semibold">
              Issue by issue
            </h2>
            <CopyLink href={here} label="Link to this comparison" />
          </div>
          <CompareLegend />
          <ComparisonTable data={data} asOf={asOf} issueHref={(issue) => withAsOf(`/negotiations/${negotiation.slug}/issues/${issue}`)} />
          <ComparisonFigures data={data} />
        </section>
      )}
      <CompareDifferenceMaps maps={differenceMaps} when={asOf ? `on ${formatAsOf(asOf)}` : "now"} more={parties.length > 2} />
    </div>
  );
}
