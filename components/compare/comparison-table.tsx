import Link from "next/link";
import type { ComparisonData } from "@/lib/compare/get-comparison";
import { compareClasses, type PairComparison } from "@/lib/compare";
import { joinWords } from "@/lib/compare/wording";
import { coverageInWords } from "@/lib/compare/coverage";
import { formatAsOf } from "@/lib/dates/as-of-param";
import { HeldColumnRegion } from "../held-column-region";
import { PartialDate } from "../partial-date";
import { StanceBadge } from "../stance-badge";
import { CompareClassBadge, compareClassMeaning } from "./compare-class-badge";

type Row = ComparisonData["rows"][number];
type Cell = Row["cells"][number];

/**
 * Issues (rows) × chosen parties (columns): each row's class and reason first, then each
 * party's position in its own column, linked to its record. With three or more parties the
 * row shows its worst pair; every pair is one click away.
 */
export function ComparisonTable({ data, asOf, issueHref }: { data: ComparisonData; asOf?: Date; issueHref: (slug: string) => string }) {
  const { parties, rows } = data;
  const when = asOf ? `as of ${formatAsOf(asOf)}` : "today";
  return (
    <HeldColumnRegion label="Comparison, issue by issue" className="compare-scroll matrix-scroll relative overflow-x-auto rounded border border-line bg-surface">
      <table className="compare-table min-w-full border-separate border-spacing-0 text-sm">
        <caption className="text-left">
          {/* Held at the left edge while the table scrolls sideways. */}
          <span className="sticky left-0 block w-fit max-w-[calc(100vw-3rem)] px-3 py-2 font-semibold">
            {joinWords(parties.map((p) => p.shortName))} compared, issue by issue ({when})
          </span>
        </caption>
        <thead>
          <tr>
            {/* Widths so that four parties fit the page's width on a desktop; with more, the
                table scrolls sideways with the issues held at the left. On a phone the verdict
                narrows to what the issue names leave of the screen, so it is never cut off. */}
            <th scope="col" className="sticky left-0 z-10 border-b border-line bg-surface px-2 py-2 text-left align-bottom sm:px-3">
              Issue
            </th>
            <th scope="col" className="min-w-[min(14rem,calc(100vw-11.5rem))] border-b border-line px-3 py-2 text-left align-bottom">
              Comparison
            </th>
            {parties.map((p) => (
              <th key={p.id} scope="col" className="min-w-[11rem] border-b border-line px-3 py-2 text-left align-bottom">
                <Link href={`/parties/${p.slug}`} className="quiet-link">
                  {p.shortName}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.issue.id} id={`issue-${row.issue.slug}`} data-class={row.comparison.class} className="align-top even:bg-paper/60">
              <th scope="row" className="sticky left-0 z-10 max-w-[10rem] border-b border-r border-line bg-surface px-2 py-3 text-left font-semibold hyphens-auto sm:px-3">
                <Link href={issueHref(row.issue.slug)} className="quiet-link underline decoration-line underline-offset-2">
                  {row.issue.name}
                </Link>
              </th>
              <td className="border-b border-line px-3 py-3">
                <Verdict row={row} asOf={asOf} />
              </td>
              {row.cells.map((cell) => (
                <td key={cell.party.id} className="border-b border-line px-3 py-3">
                  <PositionCell cell={cell} issue={row.issue.name} asOf={asOf} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </HeldColumnRegion>
  );
}

/** What each class means: the words, colours and shapes used in the table. */
export function CompareLegend() {
  return (
    <section aria-labelledby="compare-legend" className="rounded border border-line bg-surface p-4">
      <h2 id="compare-legend" className="text-base font-semibold">
        Comparison classes
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm md:grid-cols-2">
        {compareClasses.map((c) => (
          <div key={c} className="flex items-baseline gap-x-2">
            <dt>
              <CompareClassBadge value={c} size="sm" />
            </dt>
            <dd className="text-muted">{compareClassMeaning[c]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Verdict({ row, asOf }: { row: Row; asOf?: Date }) {
  const { comparison } = row;
  const silent = new Map(row.cells.filter((c) => c.position === null).map((c) => [c.party.id, c.party.shortName]));
  const by = asOf ? ` by ${formatAsOf(asOf)}` : "";
  const silentReason = (names: string[]) => `${joinWords(names)} ${names.length === 1 ? "has" : "have"} stated no position on this issue${by}.`;
  // The rules read a missing position as missing terms; readers are told which it is.
  const pairReason = (pair: PairComparison) => {
    const names = [pair.a, pair.b].filter((side) => silent.has(side.partyId)).map((side) => side.label);
    return names.length > 0 ? silentReason(names) : pair.reason;
  };
  const pairs = comparison.pairs;
  // When no pair compares and the pairs of parties that spoke say why in the same words
  // (e.g. a general issue), those words are the row's; silence is noted on its own below.
  const spoken = pairs.filter((p) => !silent.has(p.a.partyId) && !silent.has(p.b.partyId));
  const pairReasons = new Set((spoken.length > 0 ? spoken : pairs).map(pairReason));
  const sharedReason = pairReasons.size === 1 ? [...pairReasons][0] : undefined;
  const reason = comparison.class === "unknown" && sharedReason ? sharedReason : comparison.reason;
  const worst = pairs.length > 1 && comparison.class !== "unknown" ? comparison.worstPair : null;

  return (
    <div className="flex flex-col items-start gap-1.5">
      <CompareClassBadge value={comparison.class} />
      {worst && (
        <p className="font-medium">
          Worst pair: {worst.a.label} and {worst.b.label}
        </p>
      )}
      <p>{reason}</p>
      {row.coverage.codable && <p className="text-muted" data-coverage>{coverageInWords(row.coverage)}.</p>}
      {pairs.length > 1 && silent.size > 0 && <p className="text-muted">{silentReason([...silent.values()])}</p>}
      {row.series.length > 0 && (
        <p className="no-print">
          <a href={`#figures-${row.issue.slug}`}>See the figures drawn</a>
        </p>
      )}
      {pairs.length > 1 && (
        <details className="compare-pairs w-full">
          <summary className="cursor-pointer text-link underline underline-offset-2">Every pair ({pairs.length})</summary>
          <ul className="mt-2 flex flex-col gap-2 border-l-2 border-line pl-3">
            {pairs.map((pair) => (
              <li key={`${pair.a.partyId}-${pair.b.partyId}`}>
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-medium">
                    {pair.a.label} and {pair.b.label}
                  </span>
                  <CompareClassBadge value={pair.class} size="sm" />
                </p>
                <p className="mt-0.5">{pairReason(pair)}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function PositionCell({ cell, issue, asOf }: { cell: Cell; issue: string; asOf?: Date }) {
  const { position, party } = cell;
  if (!position) {
    return <p className="text-muted">No stated position{asOf ? ` by ${formatAsOf(asOf)}` : ""}</p>;
  }
  return (
    <div className="flex flex-col items-start gap-1.5">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <StanceBadge stance={position.stance} size="sm" />
        <span className="text-muted">
          <PartialDate date={position.statedOn} precision={position.statedOnPrecision} />
        </span>
      </p>
      <p>{position.summary}</p>
      {position.terms !== null && position.termsConfidence === "low" && (
        <p className="text-sm">
          <strong className="font-semibold">Terms coded with low confidence.</strong> The comparison rests on them; the
          full record says why.
        </p>
      )}
      <Link href={`/positions/${position.id}`}>
        Full record<span className="sr-only"> of the position of {party.shortName} on {issue}</span>
      </Link>
    </div>
  );
}
