import { describe, expect, it } from "vitest";
import { kindHasReferences, listTermReferences, renameTermReference } from "@/lib/terms/term-references";

describe("what the newer kinds' terms name by slug", () => {
  it("lists each party a kind names, where it sits, and whether it must take part", () => {
    const refs = (kind: Parameters<typeof listTermReferences>[0], terms: unknown) =>
      listTermReferences(kind, terms).map((r) => [r.slug, r.path.join("."), r.row, r.seated ?? false]);
    expect(refs("sanctions", { relief: "full", imposedBy: ["the-union"] })).toEqual([["the-union", "imposedBy.0", "Whose sanctions", false]]);
    expect(refs("exchange", { sideA: { party: "ruritania", count: 5 }, sideB: { party: "borduria" } })).toEqual([
      ["ruritania", "sideA.party", "First side", true],
      ["borduria", "sideB.party", "Second side", true],
    ]);
    expect(refs("meeting", { participants: ["ruritania", "borduria"] })).toEqual([
      ["ruritania", "participants.0", "Participants", true],
      ["borduria", "participants.1", "Participants", true],
    ]);
    expect(refs("security-guarantees", { guarantors: ["freedonia"], nonGuarantors: ["sylvania"], forceContributors: ["freedonia"], forceNonContributors: ["sylvania"] })).toEqual([
      ["freedonia", "guarantors.0", "Guarantors", false],
      ["sylvania", "nonGuarantors.0", "Not guarantors", false],
      ["freedonia", "forceContributors.0", "Forces sent by", false],
      ["sylvania", "forceNonContributors.0", "No forces from", false],
    ]);
    expect(refs("aid-access", { crossings: ["north-gate"], trucksPerDay: 50 }).map((r) => r.slice(1))).toEqual([["crossings.0", "Crossings", false]]);
    expect(listTermReferences("aid-access", { crossings: ["north-gate"] })[0]?.kind).toBe("area");
    expect(refs("deployment", { contributors: ["sylvania"], excludedContributors: ["freedonia"], approvedBy: ["ruritania"], where: ["border-strip"] })).toEqual([
      ["sylvania", "contributors.0", "Troops sent by", false],
      ["freedonia", "excludedContributors.0", "No troops from", false],
      ["ruritania", "approvedBy.0", "Approved by", false],
      ["border-strip", "where.0", "Where", false],
    ]);
    expect(refs("disarmament", { armedParties: ["red-brigade"], scope: "all-weapons" })).toEqual([["red-brigade", "armedParties.0", "Whose weapons", false]]);
    expect(refs("governance", { governingParties: ["old-council"], excluded: ["red-brigade"] })).toEqual([
      ["old-council", "governingParties.0", "Governing role for", false],
      ["red-brigade", "excluded.0", "Excluded", false],
    ]);
    expect(refs("funding", { payers: ["sylvania"], declinedPayers: ["freedonia"], areas: ["north-province"], excludedAreas: ["border-strip"] })).toEqual([
      ["sylvania", "payers.0", "Paid by", false],
      ["freedonia", "declinedPayers.0", "Not paid by", false],
      ["north-province", "areas.0", "Funded areas", false],
      ["border-strip", "excludedAreas.0", "Areas not funded", false],
    ]);
    expect(refs("enforcement", { guarantors: ["sylvania"], appliesTo: ["borduria"], monitors: ["freedonia"], enforcedBy: ["ruritania"] }).map((r) => r[1])).toEqual([
      "guarantors.0",
      "appliesTo.0",
      "monitors.0",
      "enforcedBy.0",
    ]);
    expect(kindHasReferences("membership")).toBe(false);
    expect(kindHasReferences("recognition")).toBe(false);
    expect(kindHasReferences("elections")).toBe(false);
  });

  it("carries a renamed party's slug into lists and sides", () => {
    expect(renameTermReference("meeting", { meeting: "wanted", participants: ["ruritania", "borduria"] }, { kind: "party", from: "borduria", to: "new-borduria" })).toEqual({
      meeting: "wanted",
      participants: ["ruritania", "new-borduria"],
    });
    expect(renameTermReference("exchange", { sideA: { party: "borduria", count: 3 } }, { kind: "party", from: "borduria", to: "nb" })).toEqual({ sideA: { party: "nb", count: 3 } });
    expect(renameTermReference("sanctions", { imposedBy: ["the-union"] }, { kind: "party", from: "borduria", to: "nb" })).toBeNull();
  });
});
