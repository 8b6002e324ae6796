import Link from "next/link";
import type { EventListItem } from "@/lib/events/list-events";
import { PartialDate } from "./partial-date";

/** Events newest first, each with its date, place, negotiation and participants. */
export function EventList({ events, showNegotiation = true, label }: { events: EventListItem[]; showNegotiation?: boolean; label: string }) {
  if (events.length === 0) return <p className="text-muted">No events recorded yet.</p>;
  return (
    <ol aria-label={label} className="flex flex-col divide-y divide-line">
      {events.map((e) => (
        <li key={e.id} className="py-3 first:pt-0">
          <p className="text-sm text-muted">
            <PartialDate date={e.date} precision={e.datePrecision} />
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
