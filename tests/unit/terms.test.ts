import { describe, expect, it } from "vitest";
import { isEmptyTerms, parseTerms, termsSchemaByKind } from "@/lib/terms";
import { issueKinds } from "@/lib/vocab";

describe("term schemas", () => {
  it("has a schema for every issue kind", () => {
    expect(Object.keys(termsSchemaByKind).sort()).toEqual([...issueKinds].sort());
  });

  it("accepts full ceasefire terms in the SPEC's words", () => {
    const r = parseTerms("ceasefire", {
      type: "unconditional",
      durationDays: 30,
      startDate: "2025-05-12",
      scope: "full",
      preconditions: ["halt of Western arms deliveries"],
      monitoring: "joint monitoring",
    });
    expect(r.success).toBe(true);
  });

  it.each([
    ["ceasefire", { type: "permanent" }, "type"],
    ["ceasefire", { durationDays: 2.5 }, "durationDays"],
    ["ceasefire", { durationDays: -1 }, "durationDays"],
    ["ceasefire", { startDate: "2025-02-30" }, "startDate"],
    ["ceasefire", { scope: "land" }, "scope"],
    ["territory", { claims: [{ region: "north-province", claim: "frozen-line" }] }, "claims"],
    ["territory", { claims: [{ area: "north-province", outcome: "annexed" }] }, "claims"],
    ["territory", { claims: [{ area: "north-province" }] }, "claims"],
    ["territory", { claims: [{ area: "North Province", outcome: "frozen-line" }] }, "claims"],
    ["territory", {}, "claims"],
    ["neutrality", { nato: "join" }, "nato"],
    ["neutrality", { nonNuclear: "yes" }, "nonNuclear"],
    ["reparations", { frozenAssets: "seize" }, "frozenAssets"],
    ["military-limits", { maxTroops: "85000" }, "maxTroops"],
    ["military-limits", { maxTanks: -5 }, "maxTanks"],
    ["security-guarantees", { type: "collective-defence" }, ""],
    ["security-guarantees", { guarantee: "article-5" }, "guarantee"],
    ["security-guarantees", { guarantors: ["Freedonia"] }, "guarantors"],
    ["security-guarantees", { foreignForcesAllowed: "yes" }, "foreignForcesAllowed"],
    ["sanctions", { relief: "lift" }, "relief"],
    ["sanctions", { imposedBy: ["The Union"] }, "imposedBy"],
    ["sanctions", { imposedBy: ["ruritania", "ruritania"] }, "imposedBy"],
    ["sanctions", { frozenAssets: "use" }, ""],
    ["exchange", { formula: "swap" }, "formula"],
    ["exchange", { sideA: { party: "ruritania", count: -1 } }, "sideA"],
    ["exchange", { sideA: { party: "ruritania" }, sideB: { party: "ruritania" } }, "sideB"],
    ["exchange", { categories: ["pets"] }, "categories"],
    ["exchange", { sideA: { party: "ruritania", count: 5, all: true } }, "sideA"],
    ["aid-access", { access: "open" }, "access"],
    ["enforcement", { form: "handshake" }, "form"],
    ["enforcement", { onViolation: "war" }, "onViolation"],
    ["enforcement", { guarantors: ["Sylvania"] }, "guarantors"],
    ["enforcement", { monitorCount: 0 }, "monitorCount"],
    ["recognition", { support: "maybe" }, "support"],
    ["recognition", { timelineYears: 0 }, "timelineYears"],
    ["recognition", { stance: "supported" }, ""],
    ["funding", { amountUsd: -5 }, "amountUsd"],
    ["funding", { payers: ["Sylvania"] }, "payers"],
    ["funding", { payers: ["sylvania"], declinedPayers: ["sylvania"] }, "declinedPayers"],
    ["funding", { endorsedPlans: ["A plan"], rejectedPlans: ["A plan"] }, "rejectedPlans"],
    ["funding", { areas: ["north-province"], excludedAreas: ["north-province"] }, "excludedAreas"],
    ["governance", { administratorKind: "junta" }, "administratorKind"],
    ["governance", { excluded: ["Red Brigade"] }, "excluded"],
    ["governance", { transitionMonths: 0 }, "transitionMonths"],
    ["governance", { governingParties: ["old-council"], excluded: ["old-council"] }, "excluded"],
    ["governance", { administrator: "A board", rejectedAdministrators: ["a board"] }, "rejectedAdministrators"],
    ["disarmament", { scope: "most" }, "scope"],
    ["disarmament", { methods: ["burial"] }, "methods"],
    ["disarmament", { timing: "soon" }, "timing"],
    ["disarmament", { armedParties: ["Red Brigade"] }, "armedParties"],
    ["disarmament", { amnesty: "yes" }, "amnesty"],
    ["deployment", { allowed: "yes" }, "allowed"],
    ["deployment", { role: "occupation" }, "role"],
    ["deployment", { tasks: ["patrol"] }, "tasks"],
    ["deployment", { where: ["North Province"] }, "where"],
    ["deployment", { contributors: ["sylvania"], excludedContributors: ["sylvania"] }, "excludedContributors"],
    ["deployment", { tasks: ["protect-aid"], rejectedTasks: ["protect-aid"] }, "rejectedTasks"],
    ["deployment", { role: "monitoring", rejectedRoles: ["monitoring"] }, "rejectedRoles"],
    ["aid-access", { trucksPerDay: 0 }, "trucksPerDay"],
    ["aid-access", { crossings: ["North Gate"] }, "crossings"],
    ["aid-access", { crossings: ["north-gate"], allCrossings: true }, "crossings"],
    ["aid-access", { distributor: "The Agency", rejectedDistributors: ["the agency"] }, "rejectedDistributors"],
    ["meeting", { meeting: "maybe" }, "meeting"],
    ["meeting", { participants: "ruritania" }, "participants"],
    ["membership", { membership: "welcome" }, "membership"],
    ["membership", { timelineYears: 0 }, "timelineYears"],
    ["elections", { timing: "soon" }, "timing"],
    ["elections", { withinDays: 1.5 }, "withinDays"],
    ["general", { anything: 1 }, ""],
  ] as const)("rejects %s terms %j, naming the field", (kind, value, field) => {
    const r = parseTerms(kind, value);
    expect(r.success).toBe(false);
    if (field) expect(r.error!.issues[0]!.path[0]).toBe(field);
  });

  it("rejects fields a shape does not have, so nothing is silently dropped", () => {
    expect(parseTerms("military-limits", { maxTroops: 1, maxMortars: 147 }).success).toBe(false);
  });

  it("rejects two claims on one area", () => {
    const r = parseTerms("territory", {
      claims: [
        { area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-jure" },
        { area: "north-province", outcome: "withdrawal", party: "ruritania" },
      ],
    });
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["claims.1.area", "Each area may have only one claim"]]);
  });

  it("asks for a party exactly where a claim names one, and a recognition only of a holding", () => {
    const problems = (claim: Record<string, unknown>) =>
      parseTerms("territory", { claims: [{ area: "north-province", ...claim }] }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(problems({ outcome: "held-by" })).toEqual([["claims.0.party", "Say which party would hold the area"]]);
    expect(problems({ outcome: "withdrawal" })).toEqual([["claims.0.party", "Say whose forces would withdraw"]]);
    expect(problems({ outcome: "frozen-line", party: "ruritania" })).toEqual([
      ["claims.0.party", "Only a claim that a party holds the area, or that its forces withdraw, names a party"],
    ]);
    expect(problems({ outcome: "withdrawal", party: "ruritania", recognition: "de-jure" })).toEqual([
      ["claims.0.recognition", "Only a claim that a party holds the area says how its holding is recognised"],
    ]);
    expect(problems({ outcome: "held-by", party: "ruritania", recognition: "none" })).toBeUndefined();
    expect(problems({ area: "all", outcome: "international" })).toBeUndefined();
  });

  it("treats null, {} and no claims as empty terms", () => {
    expect(isEmptyTerms(null)).toBe(true);
    expect(isEmptyTerms({})).toBe(true);
    expect(isEmptyTerms({ claims: [] })).toBe(true);
    expect(isEmptyTerms({ nato: "seek" })).toBe(false);
    expect(isEmptyTerms({ capsAccepted: false })).toBe(false);
  });
});
