import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CopyLink } from "@/components/copy-link";
import { ChangesForm } from "@/components/time-travel/changes-form";
import { PositionMoves, StatementsInRange } from "@/components/time-travel/statement-changes";
import { canonicalChangesQuery, changesInput, changesQuery, changesRange, type SearchParams } from "@/lib/compare/changes-params";
import { isSameQuery } from "@/lib/compare/compare-params";
import { getStatementChanges } from "@/lib/compare/get-statement-changes";
import { formatAsOf, todayText } from "@/lib/dates/as-of-param";
import { parsePartialDate } from "@/lib/dates/partial-date";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = {
  title: "What changed",
  description: "What each party said between two dates, and how its positions moved.",
};

export default async function ChangesBetweenPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const given = await searchParams;
  // The form sends its empty fields too; the address keeps only what was chosen.
  const canonical = canonicalChangesQuery(given);
  if (!isSameQuery(given, canonical)) redirect(`/negotiations/${encodeURIComponent(slug)}/changes${canonical ? `?${canonical}` : ""}`);
  const parsed = changesInput.safeParse(given);
  const input = parsed.success ? parsed.data : {};
  const range = changesRange(input, todayText());
  const from = parsePartialDate(range.from)!.date;
  const to = parsePartialDate(range.to)!.date;
  const data = await getStatementChanges({ negotiationSlug: slug, partySlug: input.party, issueSlug: input.issue, from, to });
  if (!data) notFound();

  const { negotiation, party, issue } = data;
  const base = `/negotiations/${encodeURIComponent(negotiation.slug)}`;
  const errors: Partial<Record<"from" | "to", string>> = {};
  const otherErrors: string[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const field = i.path[0];
      if ((field === "from" || field === "to") && !errors[field]) errors[field] = i.message;
      else if (field !== "from" && field !== "to") otherErrors.push(i.message);
    }
  }
  const raw = (name: string) => (typeof given[name] === "string" ? (given[name] as string) : undefined);
  const who = party ? ` by ${party.shortName}` : "";
  const onWhat = issue ? ` on ${issue.name}` : "";
  const here = `${base}/changes?${changesQuery({ from: range.from, to: range.to, party: party?.slug, issue: issue?.slug })}`;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "Negotiations" },
          { href: base, label: negotiation.title },
        ]}
        current="What changed"
      />
      <h1>What changed</h1>
      <p className="mt-2 max-w-prose">
        Statements{who}
        {onWhat} made between {formatAsOf(from)} and {formatAsOf(to)}, and where they moved each party&rsquo;s position.
        These are <strong className="font-semibold">statement dates</strong>: when a party said it. For changes to
        Parley&rsquo;s own records, by the date they were recorded, see <Link href="/changes">recent changes</Link>.
      </p>

      <div className="mt-6">
        <ChangesForm
          action={`${base}/changes`}
          values={{ from: raw("from") ?? range.from, to: raw("to") ?? range.to, party: input.party, issue: input.issue }}
          parties={data.parties.map((p) => ({ slug: p.slug, label: p.shortName }))}
          issues={data.issues.map((i) => ({ slug: i.slug, label: i.name }))}
          errors={errors}
        />
      </div>

      {(!parsed.success || data.unknown.party || data.unknown.issue) && (
        <div role="status" className="mt-4 rounded border-2 border-stance-demands bg-surface p-3">
          {Object.values(errors).map((message) => (
            <p key={message}>{message}.</p>
          ))}
          {otherErrors.map((message) => (
            <p key={message}>{message}.</p>
          ))}
          {!parsed.success && <p>Showing the year up to today instead.</p>}
          {data.unknown.party && <p>The {negotiation.title} has no party called “{data.unknown.party}”.</p>}
          {data.unknown.issue && <p>The {negotiation.title} has no issue called “{data.unknown.issue}”.</p>}
        </div>
      )}

      {!data.unknown.party && !data.unknown.issue && (
        <>
          <div className="mt-6">
            <CopyLink href={here} label="Link to these changes" />
          </div>
          <PositionMoves data={data} from={from} to={to} />
          <StatementsInRange data={data} from={from} to={to} />
        </>
      )}
    </>
  );
}
