import Link from "next/link";
import type { StatementChanges } from "@/lib/compare/get-statement-changes";
import { formatAsOf } from "@/lib/dates/as-of-param";
import { PartialDate } from "../partial-date";
import { StanceBadge } from "../stance-badge";

const DAY_MS = 24 * 60 * 60 * 1000;

/** For each party and issue spoken on in a range: its position the day before and at the end. */
export function PositionMoves({ data, from, to }: { data: StatementChanges; from: Date; to: Date }) {
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
        <table className="stack-on-phone w-full border-collapse text-left text-sm">
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
                <th scope="row" className="px-3 py-2 font-semibold wrap-anywhere">
                  <Link href={`/parties/${m.party.slug}`} className="quiet-link">
                    {m.party.shortName}
                  </Link>
                </th>
                <td className="px-3 py-2 wrap-anywhere">
                  <Link href={`/negotiations/${data.negotiation.slug}/issues/${m.issue.slug}`} className="quiet-link">
                    {m.issue.name}
                  </Link>
                </td>
                <td data-label="Before" className="px-3 py-2">
                  <Stance position={m.before} />
                </td>
                <td data-label="At the end" className="px-3 py-2">
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

/** Every statement made in the range, oldest first, each linked to its record. */
export function StatementsInRange({ data, from, to }: { data: StatementChanges; from: Date; to: Date }) {
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
          <table className="stack-on-phone w-full border-collapse text-left text-sm">
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
                  <td className="px-3 py-2 lg:whitespace-nowrap">
                    <PartialDate date={s.statedOn} precision={s.statedOnPrecision} />
                  </td>
                  <td className="px-3 py-2 wrap-anywhere">{s.party.shortName}</td>
                  <td className="px-3 py-2 wrap-anywhere">{s.issue.name}</td>
                  <td className="px-3 py-2">
                    <StanceBadge stance={s.stance} size="sm" />
                  </td>
                  {/* A long compound ("north/south-corridor") in a name or summary may break, or it alone would widen the table past a small tablet. */}
                  <td className="px-3 py-2 wrap-anywhere">
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
