import Link from "next/link";
import type { UrlFilter } from "@/lib/records/url-filter";

/**
 * Under a site-wide list filtered to one negotiation (`?negotiation=`) or party: the way back
 * to every one's, or word that the slug names none and every one's are shown.
 */
export function FilterNotice({
  filter,
  everyHref,
  everyLabel,
  what,
  noun = "negotiation",
}: {
  filter: UrlFilter;
  /** What the filter names: "negotiation", "party". */
  noun?: string;
  everyHref: string;
  /** The way back's words: "Events of every negotiation". */
  everyLabel: string;
  /** What the list holds, in the plural: "events". */
  what: string;
}) {
  if (filter.kind === "found") {
    return (
      <p className="mt-2 text-sm">
        <Link href={everyHref}>{everyLabel}</Link>
      </p>
    );
  }
  if (filter.kind === "unknown") {
    return (
      <p role="status" className="mt-4 rounded border border-line bg-surface p-3">
        There is no {noun} called &ldquo;{filter.text}&rdquo;; showing every {noun}&rsquo;s {what}.
      </p>
    );
  }
  return null;
}

/** The heading's second line naming the negotiation the list is filtered to, if any. */
export function NegotiationFilterSubtitle({ filter }: { filter: UrlFilter }) {
  return filter.kind === "found" ? <span className="block text-xl font-normal text-muted">in {filter.title}</span> : null;
}

/** The heading's line naming the party the list is filtered to, if any. */
export function PartyFilterSubtitle({ filter }: { filter: UrlFilter }) {
  return filter.kind === "found" ? <span className="block text-xl font-normal text-muted">of {filter.title}</span> : null;
}
