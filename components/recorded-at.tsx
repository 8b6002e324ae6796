import { formatMoment } from "@/lib/dates/format-date";

/** A moment Parley's records changed (a recording date, not a statement date). */
export function RecordedAt({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatMoment(at)}</time>;
}
