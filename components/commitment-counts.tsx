import type { ReactNode } from "react";
import Link from "next/link";
import { commitmentStatuses, type CommitmentStatus } from "@/lib/vocab";
import { CommitmentStatusBadge } from "./commitment-status-badge";
import { listAddress } from "@/lib/records/url-filter";

/**
 * How many commitments stand in each status, each a link to the tracker filtered to it (and
 * to the negotiation or party counted, when the counts are one negotiation's or party's).
 * `selected` marks the filter in force ("all" or a status).
 */
export function CommitmentCounts({
  counts,
  selected,
  negotiationSlug,
  partySlug,
}: {
  counts: Record<CommitmentStatus, number>;
  selected?: CommitmentStatus | "all";
  negotiationSlug?: string;
  partySlug?: string;
}) {
  const total = commitmentStatuses.reduce((sum, s) => sum + counts[s], 0);
  const href = (status?: CommitmentStatus) => listAddress("/commitments", { negotiation: negotiationSlug, party: partySlug, status });
  const options: { value: CommitmentStatus | "all"; href: string; label: ReactNode; count: number }[] = [
    { value: "all", href: href(), label: "All", count: total },
    ...commitmentStatuses.map((s) => ({
      value: s,
      href: href(s),
      label: <CommitmentStatusBadge status={s} />,
      count: counts[s],
    })),
  ];
  return (
    <nav aria-label="Commitments by status">
      <ul className="flex flex-wrap gap-2 text-sm">
        {options.map((o) => {
          const current = selected === o.value;
          return (
            <li key={o.value}>
              <Link
                href={o.href}
                aria-current={current ? "page" : undefined}
                className={`quiet-link inline-flex items-center gap-2 rounded border px-2 py-1 hover:border-ink ${current ? "border-2 border-ink font-semibold" : "border-line"}`}
              >
                {o.label}
                <span className="tabular-nums">{o.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
