// An event dated after today (today where it is furthest ahead) is scheduled, not held: a
// round of talks announced ahead. Pages list it apart from the events that took place, so
// none reads as having happened. One known only by its month or year counts from that
// month's or year's first day, as a statement does: this month's is held.
import { latestToday } from "@/lib/dates/latest-today";

/** The first moment no event has begun anywhere yet: events from it on are scheduled. */
export function scheduledFrom(now = Date.now()): Date {
  return new Date(latestToday(now) + 86_400_000);
}

export function isScheduled(date: Date, now = Date.now()): boolean {
  return date.getTime() >= scheduledFrom(now).getTime();
}

/** Prisma's filter on an event's date: held (up to today) or scheduled (after it). */
export function eventTiming(timing: "held" | "scheduled", now = Date.now()) {
  return timing === "held" ? { date: { lt: scheduledFrom(now) } } : { date: { gte: scheduledFrom(now) } };
}
