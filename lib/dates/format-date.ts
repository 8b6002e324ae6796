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

const momentToSecond = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const asDate = (at: Date | string) => (typeof at === "string" ? new Date(at) : at);

/** "16 May 2025 at 10:07 UTC"; to the second ("at 10:07:42 UTC") where events follow each other fast, as in a security log. */
export function formatMoment(at: Date | string, { seconds = false }: { seconds?: boolean } = {}): string {
  return (seconds ? momentToSecond : moment).format(asDate(at));
}

/** The day of a recorded moment, in UTC: "16 May 2025" (an account's creation, a deadline). */
export function formatDay(at: Date | string): string {
  return day.format(asDate(at));
}
