import Link from "next/link";
import { PartialDate } from "./partial-date";
import { PositionStatus } from "./position-status";
import { StanceBadge } from "./stance-badge";
import type { StatementView } from "./statement-item";

/** Older statements in brief, newest first: stance, date, status, and the summary as a link. */
export function EarlierStatements({ statements, label }: { statements: StatementView[]; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-3 border-l-2 border-line pl-4 text-sm">
      {statements.map((s) => (
        <li key={s.id}>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <StanceBadge stance={s.stance} size="sm" />
            <PartialDate date={s.statedOn} precision={s.statedOnPrecision} />
            {s.status && <PositionStatus status={s.status} />}
            {s.withdrawnOn && (
              <span className="text-muted">
                withdrawn <PartialDate date={s.withdrawnOn} />
              </span>
            )}
          </p>
          <p className="mt-1 max-w-prose">
            <Link href={`/positions/${s.id}`} className="quiet-link underline decoration-line underline-offset-2 hover:decoration-current">
              {s.summary}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
