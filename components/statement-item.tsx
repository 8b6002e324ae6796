import Link from "next/link";
import type { ReactNode } from "react";
import { PartialDate } from "./partial-date";
import { PositionStatus } from "./position-status";
import { StanceBadge } from "./stance-badge";

export type StatementView = {
  id: string;
  stance: string;
  summary: string;
  status?: string;
  statedOn: Date;
  statedOnPrecision: string;
  withdrawnOn?: Date | null;
  event?: { slug: string; name: string } | null;
};

/**
 * One dated statement: stance, date, summary and a link to the full record. `title` names
 * it where the page does not already (e.g. the party and issue on an event page).
 */
export function StatementItem({
  statement,
  title,
  showStatus = true,
  marker,
}: {
  statement: StatementView;
  title?: ReactNode;
  showStatus?: boolean;
  marker?: ReactNode;
}) {
  const s = statement;
  return (
    <div className="flex flex-col gap-1.5">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <StanceBadge stance={s.stance} />
        <span className="text-muted">
          <PartialDate date={s.statedOn} precision={s.statedOnPrecision} />
        </span>
        {showStatus && s.status && <PositionStatus status={s.status} />}
        {marker}
      </p>
      {title && <p className="font-semibold">{title}</p>}
      <p className="max-w-prose">{s.summary}</p>
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href={`/positions/${s.id}`}>
          Full record
          <span className="sr-only">
            {" "}
            of the statement of <PartialDate date={s.statedOn} precision={s.statedOnPrecision} />
          </span>
        </Link>
        {s.event && (
          <span className="text-muted">
            Stated at <Link href={`/events/${s.event.slug}`}>{s.event.name}</Link>
          </span>
        )}
        {s.withdrawnOn && (
          <span className="text-muted">
            Withdrawn <PartialDate date={s.withdrawnOn} />
          </span>
        )}
      </p>
    </div>
  );
}
