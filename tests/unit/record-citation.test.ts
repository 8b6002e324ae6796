import { describe, expect, it } from "vitest";
import { recordCitation } from "@/lib/citations/record-citation";

describe("a record's citation", () => {
  const record = {
    title: "Republic of Ruritania on Harbour access, stated 3 May 2026",
    kind: "position record",
    url: "https://parley.example.org/positions/p1",
    historyUrl: "https://parley.example.org/positions/p1/history",
  };

  it("names the record, its kind, the day of its last edit, its address and its list of edits", () => {
    expect(recordCitation({ ...record, lastEditedAt: new Date("2026-05-04T23:30:00Z") })).toBe(
      "Parley, “Republic of Ruritania on Harbour access, stated 3 May 2026” (position record), last edited 4 May 2026. " +
        "https://parley.example.org/positions/p1. Every edit: https://parley.example.org/positions/p1/history.",
    );
  });

  it("gives the day in UTC, as every reader sees it", () => {
    expect(recordCitation({ ...record, lastEditedAt: new Date("2026-05-04T23:30:00-05:00") })).toContain("last edited 5 May 2026.");
  });

  it("says no date for a record without a revision", () => {
    expect(recordCitation({ ...record, lastEditedAt: null })).toBe(
      "Parley, “Republic of Ruritania on Harbour access, stated 3 May 2026” (position record). " +
        "https://parley.example.org/positions/p1. Every edit: https://parley.example.org/positions/p1/history.",
    );
  });
});
