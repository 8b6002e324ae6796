import { describe, expect, it } from "vitest";
import { coverageInWords, describeCoverage } from "@/lib/compare/coverage";

describe("coverage of a comparison", () => {
  const sides = [
    { partyId: "r", hasPosition: true, terms: { meeting: "wanted" } },
    { partyId: "b", hasPosition: true, terms: null },
    { partyId: "f", hasPosition: true, terms: { meeting: "maybe" } },
    { partyId: "s", hasPosition: false, terms: null },
  ];

  it("counts the parties with a position, and those whose terms fit the kind", () => {
    expect(describeCoverage("meeting", sides)).toEqual({ parties: 4, stated: 3, coded: 1, codedPartyIds: ["r"], codable: true });
    expect(coverageInWords(describeCoverage("meeting", sides))).toBe("1 of 4 compared parties has coded terms (3 have a position)");
  });

  it("says plainly when every party with a position is coded", () => {
    const both = [sides[0]!, { ...sides[0]!, partyId: "b" }];
    expect(coverageInWords(describeCoverage("meeting", both))).toBe("2 of 2 compared parties have coded terms");
  });

  it("has nothing to code on a general issue", () => {
    expect(describeCoverage("general", sides)).toMatchObject({ coded: 0, codable: false });
  });
});
