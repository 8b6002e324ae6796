/**
 * Today in the time zone furthest ahead (UTC+14), as a UTC midnight in milliseconds: a date
 * up to it has begun somewhere. What was said "today" where it was said is never refused as
 * ahead of time, and a round of talks dated today is held, not scheduled.
 */
export function latestToday(now = Date.now()): number {
  const ahead = new Date(now + 14 * 3_600_000);
  return Date.UTC(ahead.getUTCFullYear(), ahead.getUTCMonth(), ahead.getUTCDate());
}
