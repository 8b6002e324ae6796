import Link from "next/link";
import { formatAsOf, type AsOfParam } from "@/lib/dates/as-of-param";

/**
 * Says which day a page shows. On a past date: "As of 1 April 2022 — showing statements
 * made by then", with the way back to today. A date that cannot be read is named, and the
 * page shows today's positions instead of failing.
 */
export function AsOfBanner({ asOf, todayHref }: { asOf: AsOfParam; todayHref: string }) {
  if (asOf.kind === "none") return null;
  if (asOf.kind === "invalid") {
    return (
      <div role="status" className="my-4 rounded border-2 border-stance-demands bg-surface p-3">
        <p className="font-semibold">That date could not be used.</p>
        <p>{asOf.message}</p>
        <p className="mt-1">Showing today&rsquo;s positions instead.</p>
      </div>
    );
  }
  return (
    <section aria-label="Time travel" className="as-of-banner my-4 rounded border-2 border-ink bg-surface p-3">
      <p>
        <strong className="font-semibold">As of {formatAsOf(asOf.date)}</strong> — showing statements made by then.{" "}
        <Link href={todayHref} className="no-print">
          Back to today
        </Link>
      </p>
      <p className="mt-1 text-sm text-muted">
        The date is the statement date: each position is the latest one a party had stated on or before it, whenever
        Parley recorded it. Record history (who changed what in Parley, and when) is on each record&rsquo;s history page.
      </p>
    </section>
  );
}
