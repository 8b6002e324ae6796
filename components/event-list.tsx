import Link from "next/link";
import type { EventListItem } from "@/lib/events/list-events";
import { isScheduled } from "@/lib/events/scheduled-events";
import { PartialDate } from "./partial-date";

/** Events in the order given, each with its date (and "scheduled" if it lies ahead), place, negotiation and participants. */
export function EventList({
  events,
  showNegotiation = true,
  label,
  empty = "No events recorded yet.",
}: {
  events: EventListItem[];
  showNegotiation?: boolean;
  label: string;
  empty?: string;
}) {
  if (events.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ol aria-label={label} className="flex flex-col divide-y divide-line">
      {events.map((e) => (
        <li key={e.id} className="py-3 first:pt-0">
          <p className="text-sm text-muted">
            <PartialDate date={e.date} precision={e.datePrecision} />
            {isScheduled(e.date) && <> · scheduled</>}
            {e.location && <> · {e.location}</>}
          </p>
          <p className="font-semibold">
            <Link href={`/events/${e.slug}`}>{e.name}</Link>
          </p>
          <p className="text-sm text-muted">
            {showNegotiation && <>{e.negotiation.title}. </>}
            {e.participants.length > 0 && <>Participants: {e.participants.map((p) => p.shortName).join(", ")}. </>}
            {e.counts.positions > 0 && <>{plural(e.counts.positions, "position")} stated. </>}
            {e.counts.commitments > 0 && <>{plural(e.counts.commitments, "commitment")} made.</>}
          </p>
        </li>
      ))}
    </ol>
  );
}

export function plural(n: number, word: string) {
  return `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;
}
