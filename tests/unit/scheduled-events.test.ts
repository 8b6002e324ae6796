import { describe, expect, it } from "vitest";
import { isScheduled, scheduledFrom } from "@/lib/events/scheduled-events";

const at = (iso: string) => new Date(iso).getTime();

describe("isScheduled", () => {
  it("holds an event dated today anywhere, and schedules one from the day after today where it is furthest ahead", () => {
    // 20:00 UTC on 7 December is already 8 December in UTC+14.
    const now = at("2026-12-07T20:00:00Z");
    expect(scheduledFrom(now).toISOString()).toBe("2026-12-09T00:00:00.000Z");
    expect(isScheduled(new Date("2026-12-07T00:00:00Z"), now)).toBe(false);
    expect(isScheduled(new Date("2026-12-08T00:00:00Z"), now)).toBe(false);
    expect(isScheduled(new Date("2026-12-09T00:00:00Z"), now)).toBe(true);
    // Early in the UTC day it is not yet tomorrow anywhere but UTC+14's today.
    expect(scheduledFrom(at("2026-12-07T05:00:00Z")).toISOString()).toBe("2026-12-08T00:00:00.000Z");
  });

  it("counts an event known by its month from that month's first day: this month's is held", () => {
    const now = at("2026-12-07T12:00:00Z");
    expect(isScheduled(new Date("2026-12-01T00:00:00Z"), now)).toBe(false);
    expect(isScheduled(new Date("2027-01-01T00:00:00Z"), now)).toBe(true);
  });
});
