import { describe, expect, it } from "vitest";
import { statusTimeline } from "@/lib/commitments/status-timeline";

const at = (day: number) => new Date(Date.UTC(2026, 4, day));

describe("a commitment's status as recorded over time", () => {
  it("lists each change of status with the moment it was recorded, oldest first", () => {
    const timeline = statusTimeline([
      { createdAt: at(1), after: { summary: "Ruritania frees 40 fishermen", status: "promised" } },
      { createdAt: at(3), after: { summary: "Ruritania frees 40 fishermen", status: "in-progress" } },
      { createdAt: at(9), after: { summary: "Ruritania frees 40 fishermen", status: "broken" } },
    ]);
    expect(timeline).toEqual([
      { status: "promised", recordedAt: at(1) },
      { status: "in-progress", recordedAt: at(3) },
      { status: "broken", recordedAt: at(9) },
    ]);
  });

  it("skips edits that kept the status, so its date is when it was first recorded", () => {
    const timeline = statusTimeline([
      { createdAt: at(1), after: { status: "promised" } },
      { createdAt: at(2), after: { status: "promised", evidence: "A ministry statement." } },
      { createdAt: at(5), after: { status: "fulfilled" } },
      { createdAt: at(6), after: { status: "fulfilled", evidence: "Released on 5 May." } },
    ]);
    expect(timeline).toEqual([
      { status: "promised", recordedAt: at(1) },
      { status: "fulfilled", recordedAt: at(5) },
    ]);
  });

  it("shows a status again when an editor went back to it", () => {
    const statuses = statusTimeline([
      { createdAt: at(1), after: { status: "fulfilled" } },
      { createdAt: at(2), after: { status: "broken" } },
      { createdAt: at(3), after: { status: "fulfilled" } },
    ]).map((entry) => entry.status);
    expect(statuses).toEqual(["fulfilled", "broken", "fulfilled"]);
  });

  it("passes over revisions with no snapshot after them or none it can read", () => {
    const timeline = statusTimeline([
      { createdAt: at(1), after: { status: "promised" } },
      { createdAt: at(2), after: null },
      { createdAt: at(3), after: { status: 4 } },
      { createdAt: at(4), after: "promised" },
    ]);
    expect(timeline).toEqual([{ status: "promised", recordedAt: at(1) }]);
  });
});
