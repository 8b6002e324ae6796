const format = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** A moment Parley's records changed (a recording date, not a statement date). */
export function RecordedAt({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{format.format(at)}</time>;
}
