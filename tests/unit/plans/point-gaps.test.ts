import { describe, expect, it } from "vitest";
import { gapSentences, planGaps, ranges } from "@/lib/plans/point-gaps";

const printed = (...numbers: string[]) => numbers.map((number) => ({ number, numberPrinted: true }));

describe("planGaps", () => {
  it("writes runs of missing numbers as ranges", () => {
    expect(ranges([14, 15, 16, 3, 21, 20])).toEqual(["3", "14–16", "20–21"]);
  });

  it("says nothing of a document recorded in full", () => {
    expect(gapSentences(planGaps(printed("1", "2", "3"), 3))).toEqual([]);
  });

  it("says how many points the document has, and which numbers have no point", () => {
    const gaps = planGaps(printed(...Array.from({ length: 13 }, (_, i) => String(i + 1))), 21);
    expect(gaps.missing).toEqual(["14–21"]);
    expect(gapSentences(gaps)).toEqual(["The document has 21 points; 13 are recorded here.", "No point is recorded under numbers 14–21."]);
  });

  it("finds gaps in the numbering when the count is not known, suffixed numbers counting as their number", () => {
    expect(planGaps(printed("1", "2", "4a", "4b", "6"), null).missing).toEqual(["3", "5"]);
  });

  it("names labels of Parley's own, and a document none of whose points is known", () => {
    const labelled = planGaps([{ number: "u1", numberPrinted: false }, { number: "u2", numberPrinted: false }], 19);
    expect(gapSentences(labelled)).toEqual([
      "The document has 19 points; 2 are recorded here.",
      "2 points are listed under labels of Parley's own (u1 and u2): the document's own numbering of them is not known.",
    ]);
    expect(gapSentences(planGaps([], 27))).toEqual(["The document has 27 points; none is recorded here, as their text has not been published."]);
    expect(gapSentences(planGaps([], null))).toEqual(["No point of this document is recorded: its text is not known."]);
  });

  it("counts the numbers a mark-up keeping its draft's numbering leaves out as left out, not missing", () => {
    // A mark-up of a ten-point draft: points 1, 2, 4, 5 and 7 keep their numbers, 3 and 8 are dropped, the rest not known.
    const markUp = [1, 2, 4, 5, 7].map((n) => ({ number: String(n), numberPrinted: true, revises: { number: String(n) } }));
    const gaps = planGaps(markUp, 10, ["3", "8"]);
    expect([gaps.leftOut, gaps.missing]).toEqual([["3", "8"], ["6", "9–10"]]);
    // Numbered up to 10, leaving out two: the document has 8 points.
    expect([gaps.pointCount, gaps.documentPoints]).toEqual([10, 8]);
    expect(gapSentences(gaps)).toEqual([
      "The document keeps the numbering of the plan it revises or answers, up to 10, and leaves out numbers 3 and 8; 5 of its points are recorded here.",
      "No point is recorded under numbers 6 and 9–10.",
    ]);
    // A point kept under its own new number means the numbering is the plan's own: a dropped number is nothing to it.
    const renumbered = [...markUp, { number: "3", numberPrinted: true, revises: { number: "6" } }];
    expect(planGaps(renumbered, 10, ["3", "8"])).toMatchObject({ leftOut: [], missing: ["6", "8–10"], documentPoints: 10 });
    const own = printed("1", "2", "4");
    expect(planGaps(own, 4, ["3"])).toMatchObject({ leftOut: [], missing: ["3"] });
  });

  it("tells no gaps in numbering that is not plain numbers", () => {
    expect(planGaps(printed("I", "III"), null).missing).toEqual([]);
  });
});
