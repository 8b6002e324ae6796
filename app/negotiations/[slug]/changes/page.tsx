import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CopyLink } from "@/components/copy-link";
import { PartialDate } from "@/components/partial-date";
import { StanceBadge } from "@/components/stance-badge";
import { ChangesForm } from "@/components/time-travel/changes-form";
import { canonicalChangesQuery, changesInput, changesQuery, changesRange, type SearchParams } from "@/lib/compare/changes-params";
import { isSameQuery } from "@/lib/compare/compare-params";
import { getStatementChanges, type StatementChanges } from "@/lib/compare/get-statement-changes";
import { formatAsOf, todayText } from "@/lib/dates/as-of-param";
import { parsePartialDate } from "@/lib/dates/partial-date";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = {
  title: "What changed",
  description: "What each party said between two dates, and how its positions moved.",
};

const DAY_MS = 24 * 60 * 60 * 1000;

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
      <h1 className="text-3xl font-semibold tracking-tight">What changed</h1>
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
          <Moves data={data} from={from} to={to} />
          <Statements data={data} from={from} to={to} />
        </>
      )}
    </>
  );
}

function Moves({ data, from, to }: { data: StatementChanges; from: Date; to: Date }) {
  if (data.moves.length === 0) return null;
  const dayBefore = new Date(from.getTime() - DAY_MS);
  return (
    <section aria-labelledby="moves-heading" className="mt-8">
      <h2 id="moves-heading" className="text-xl font-semibold">
        Where positions moved
      </h2>
      <p className="mt-1 max-w-prose text-sm text-muted">
        For each party and issue spoken on in the range: its position the day before ({formatAsOf(dayBefore)}) and at the
        end ({formatAsOf(to)}).
      </p>
      <div className="mt-3 overflow-x-auto rounded border border-line bg-surface">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            Positions before and after {formatAsOf(from)} to {formatAsOf(to)}
          </caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="px-3 py-2 font-semibold">Party</th>
              <th scope="col" className="px-3 py-2 font-semibold">Issue</th>
              <th scope="col" className="px-3 py-2 font-semibold">Before</th>
              <th scope="col" className="px-3 py-2 font-semibold">At the end</th>
            </tr>
          </thead>
          <tbody>
            {data.moves.map((m) => (
              <tr key={`${m.party.id}-${m.issue.id}`} className="border-b border-line align-top">
                <th scope="row" className="px-3 py-2 font-semibold">
                  <Link href={`/parties/${m.party.slug}`} className="quiet-link">
                    {m.party.shortName}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  <Link href={`/negotiations/${data.negotiation.slug}/issues/${m.issue.slug}`} className="quiet-link">
                    {m.issue.name}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <Stance position={m.before} />
                </td>
                <td className="px-3 py-2">
                  <Stance position={m.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Stance({ position }: { position: StatementChanges["moves"][number]["before"] }) {
  if (!position) return <span className="text-muted">No position</span>;
  return (
    <Link href={`/positions/${position.id}`} className="quiet-link inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <StanceBadge stance={position.stance} size="sm" />
      <span className="text-muted">
        <PartialDate date={position.statedOn} precision={position.statedOnPrecision} />
      </span>
    </Link>
  );
}

function Statements({ data, from, to }: { data: StatementChanges; from: Date; to: Date }) {
  const n = data.statements.length;
  const caption = `Statements made between ${formatAsOf(from)} and ${formatAsOf(to)}, oldest first`;
  return (
    <section aria-labelledby="statements-heading" className="mt-8">
      <h2 id="statements-heading" className="text-xl font-semibold">
        {n === 0 ? "No statements in this range" : `${n} ${n === 1 ? "statement" : "statements"} in this range`}
      </h2>
      {n === 0 ? (
        <p className="mt-2">Nothing was said{data.party ? ` by ${data.party.shortName}` : ""}{data.issue ? ` on ${data.issue.name}` : ""} between these dates. Try a wider range.</p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded border border-line bg-surface">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="px-3 py-2 font-semibold">Stated</th>
                <th scope="col" className="px-3 py-2 font-semibold">Party</th>
                <th scope="col" className="px-3 py-2 font-semibold">Issue</th>
                <th scope="col" className="px-3 py-2 font-semibold">Stance</th>
                <th scope="col" className="px-3 py-2 font-semibold">What was said</th>
              </tr>
            </thead>
            <tbody>
              {data.statements.map((s) => (
                <tr key={s.id} className="border-b border-line align-top">
                  <td className="whitespace-nowrap px-3 py-2">
                    <PartialDate date={s.statedOn} precision={s.statedOnPrecision} />
                  </td>
                  <td className="px-3 py-2">{s.party.shortName}</td>
                  <td className="px-3 py-2">{s.issue.name}</td>
                  <td className="px-3 py-2">
                    <StanceBadge stance={s.stance} size="sm" />
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`/positions/${s.id}`}>{s.summary}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
