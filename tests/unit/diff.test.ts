import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";

const position = {
  id: "p1",
  version: 3,
  updatedAt: "2025-05-16T10:00:00.000Z",
  stance: "demands",
  summary: "A 30-day ceasefire first.",
  details: null,
  terms: { type: "unconditional", durationDays: 30, preconditions: ["monitoring"] },
  citations: [
    { sourceId: "s1", attribution: "official-statement", quote: "Thirty days.", speaker: "The Ruritanian president" },
    { sourceId: "s2", attribution: "media-report", quote: null, speaker: null },
  ],
};

describe("diffSnapshots", () => {
  it("finds nothing between equal snapshots, and ignores version and updatedAt", () => {
    expect(diffSnapshots(position, structuredClone(position))).toEqual([]);
    expect(diffSnapshots(position, { ...position, version: 4, updatedAt: "2025-05-17T00:00:00.000Z" })).toEqual([]);
  });

  it("reports a changed field with its value before and after", () => {
    expect(diffSnapshots(position, { ...position, stance: "accepts" })).toEqual([
      { kind: "changed", path: ["stance"], before: "demands", after: "accepts" },
    ]);
  });

  it("reports a field that gains a value as added and one that loses it as removed", () => {
    expect(diffSnapshots(position, { ...position, details: "More." })).toEqual([
      { kind: "added", path: ["details"], after: "More." },
    ]);
    expect(diffSnapshots({ ...position, details: "More." }, position)).toEqual([
      { kind: "removed", path: ["details"], before: "More." },
    ]);
  });

  it("compares structured terms field by field", () => {
    const after = { ...position, terms: { type: "conditional", durationDays: 30, preconditions: ["monitoring"], scope: "full" } };
    expect(diffSnapshots(position, after)).toEqual([
      { kind: "changed", path: ["terms", "type"], before: "unconditional", after: "conditional" },
      { kind: "added", path: ["terms", "scope"], after: "full" },
    ]);
  });

  it("compares citations by source: one added, one removed, one with a new quote", () => {
    const after = {
      ...position,
      citations: [
        { sourceId: "s1", attribution: "official-statement", quote: "Thirty days, now.", speaker: "The Ruritanian president" },
        { sourceId: "s3", attribution: "document", quote: null, speaker: null },
      ],
    };
    expect(diffSnapshots(position, after)).toEqual([
      { kind: "removed", path: ["citations", "s2"], before: position.citations[1] },
      { kind: "changed", path: ["citations", "s1", "quote"], before: "Thirty days.", after: "Thirty days, now." },
      { kind: "added", path: ["citations", "s3"], after: after.citations[1] },
    ]);
  });

  it("reports citations put in a new order as reordered, not as removed and added", () => {
    const after = { ...position, citations: [...position.citations].reverse() };
    expect(diffSnapshots(position, after)).toEqual([
      { kind: "reordered", path: ["citations"], before: ["s1", "s2"], after: ["s2", "s1"] },
    ]);
  });

  it("compares lists of ids as sets of items", () => {
    expect(diffSnapshots({ participantIds: ["a", "b"] }, { participantIds: ["b", "c"] })).toEqual([
      { kind: "removed", path: ["participantIds", "a"], before: "a" },
      { kind: "added", path: ["participantIds", "c"], after: "c" },
    ]);
  });

  it("matches territorial claims by area", () => {
    const before = { terms: { claims: [{ area: "north-province", outcome: "held-by", party: "ruritania" }] } };
    const after = { terms: { claims: [{ area: "north-province", outcome: "frozen-line" }, { area: "all", outcome: "demilitarised" }] } };
    expect(diffSnapshots(before, after)).toEqual([
      { kind: "changed", path: ["terms", "claims", "north-province", "outcome"], before: "held-by", after: "frozen-line" },
      { kind: "removed", path: ["terms", "claims", "north-province", "party"], before: "ruritania" },
      { kind: "added", path: ["terms", "claims", "all"], after: { area: "all", outcome: "demilitarised" } },
    ]);
  });

  it("matches territorial claims by region, as older revisions hold them", () => {
    const before = { terms: { claims: [{ region: "north-province", claim: "recognised-ruritanian-de-jure" }] } };
    const after = { terms: { claims: [{ region: "north-province", claim: "undecided" }, { region: "harbour-town", claim: "freeze-at-line" }] } };
    expect(diffSnapshots(before, after)).toEqual([
      { kind: "changed", path: ["terms", "claims", "north-province", "claim"], before: "recognised-ruritanian-de-jure", after: "undecided" },
      { kind: "added", path: ["terms", "claims", "harbour-town"], after: { region: "harbour-town", claim: "freeze-at-line" } },
    ]);
  });

  it("treats a list with repeated items as one value", () => {
    expect(diffSnapshots({ tags: ["x", "x"] }, { tags: ["x"] })).toEqual([
      { kind: "changed", path: ["tags"], before: ["x", "x"], after: ["x"] },
    ]);
  });

  it("lists every field of a new record as added, and of a removed one as removed", () => {
    const created = diffSnapshots(null, { id: "p1", version: 1, stance: "demands", details: null, citations: [] });
    expect(created).toEqual([
      { kind: "added", path: ["id"], after: "p1" },
      { kind: "added", path: ["stance"], after: "demands" },
    ]);
    expect(diffSnapshots({ stance: "demands" }, null)).toEqual([{ kind: "removed", path: ["stance"], before: "demands" }]);
  });

  it("does not read a relation missing from an older snapshot as removed", () => {
    const { citations: _, ...seedSnapshot } = position;
    expect(diffSnapshots(seedSnapshot, position)).toEqual([]);
    expect(diffSnapshots(position, seedSnapshot)).toEqual([]);
  });

  it("honours a custom list of ignored fields", () => {
    expect(diffSnapshots({ a: 1, b: 1 }, { a: 2, b: 2 }, { ignore: ["a"] })).toEqual([
      { kind: "changed", path: ["b"], before: 1, after: 2 },
    ]);
  });
});
