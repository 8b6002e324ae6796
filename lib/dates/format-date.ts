// The one way Parley writes a moment it recorded (a change, a retraction, a save), always
// in UTC so every reader sees the same time: "16 May 2025 at 10:07 UTC". Statement and
// event dates are partial dates and read through lib/dates/partial-date.ts instead.
const moment = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "16 May 2025 at 10:07 UTC". */
export function formatMoment(at: Date | string): string {
  return moment.format(typeof at === "string" ? new Date(at) : at);
}
