import type { ReactNode } from "react";
import Link from "next/link";
import type { PositionDetail } from "@/lib/positions/get-position";
import { PartialDate } from "./partial-date";
import { PositionStatus } from "./position-status";
import { StanceBadge } from "./stance-badge";

/** The who, what, where and when of one position. */
export function PositionFacts({ position: p }: { position: PositionDetail }) {
  const latest = p.supersededBy.at(-1);
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      <Fact label="Stance">
        <StanceBadge stance={p.stance} />
      </Fact>
      <Fact label="Party">
        <Link href={`/parties/${p.party.slug}`}>{p.party.name}</Link>
      </Fact>
      <Fact label="Issue">
        <Link href={`/negotiations/${p.negotiation.slug}/issues/${p.issue.slug}`}>{p.issue.name}</Link>
      </Fact>
      <Fact label="Negotiation">
        <Link href={`/negotiations/${p.negotiation.slug}`}>{p.negotiation.title}</Link>
      </Fact>
      <Fact label="Stated">
        <PartialDate date={p.statedOn} precision={p.statedOnPrecision} />
        {p.event ? (
          <>
            {" "}
            at <Link href={`/events/${p.event.slug}`}>{p.event.name}</Link>
          </>
        ) : null}
      </Fact>
      <Fact label="Status">
        <span className="flex flex-wrap items-center gap-2">
          <PositionStatus status={p.status} />
          {p.status === "superseded" && latest && (
            <span>
              replaced by a later statement; the latest is{" "}
              <Link href={`/positions/${latest.id}`}>
                <PartialDate date={latest.statedOn} precision={latest.statedOnPrecision} />
              </Link>
            </span>
          )}
          {p.status === "withdrawn" && p.withdrawnOn && (
            <span>
              withdrawn <PartialDate date={p.withdrawnOn} />
            </span>
          )}
        </span>
      </Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-muted">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
