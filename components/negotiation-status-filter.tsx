import Link from "next/link";
import { negotiationStatusLabel } from "./negotiation-status";
import { negotiationStatuses, type NegotiationStatus } from "@/lib/vocab";

/**
 * The home page's filter by status, as links (the choice lives in the URL, so a filtered list
 * can be shared): each names how many negotiations it keeps, the current one is marked.
 */
export function NegotiationStatusFilter({ counts, current }: { counts: Record<NegotiationStatus, number>; current: NegotiationStatus | null }) {
  const total = negotiationStatuses.reduce((n, s) => n + counts[s], 0);
  const options = [
    { href: "/", label: "All", count: total, selected: current === null },
    ...negotiationStatuses.map((s) => ({ href: `/?status=${s}`, label: negotiationStatusLabel[s], count: counts[s], selected: current === s })),
  ];
  return (
    <nav aria-label="Filter by status" className="no-print mt-4 text-sm">
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => (
          <li key={o.href}>
            <Link
              href={o.href}
              aria-current={o.selected ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 ${o.selected ? "border-ink font-semibold" : "border-line"}`}
            >
              {o.label} ({o.count})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
