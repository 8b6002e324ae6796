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
    ["territory", { claims: [{ region: "donbas", claim: "freeze-at-line" }] }, "claims"],
    ["territory", { claims: [{ region: "crimea", claim: "annexed" }] }, "claims"],
    ["territory", { claims: [{ region: "crimea" }] }, "claims"],
    ["territory", {}, "claims"],
    ["neutrality", { nato: "join" }, "nato"],
    ["neutrality", { nonNuclear: "yes" }, "nonNuclear"],
    ["reparations", { frozenAssets: "seize" }, "frozenAssets"],
    ["military-limits", { maxTroops: "85000" }, "maxTroops"],
    ["military-limits", { maxTanks: -5 }, "maxTanks"],
    ["general", { anything: 1 }, ""],
  ] as const)("rejects %s terms %j, naming the field", (kind, value, field) => {
    const r = parseTerms(kind, value);
    expect(r.success).toBe(false);
    if (field) expect(r.error!.issues[0]!.path[0]).toBe(field);
  });

  it("rejects fields a shape does not have, so nothing is silently dropped", () => {
    expect(parseTerms("military-limits", { maxTroops: 1, maxMortars: 147 }).success).toBe(false);
  });

  it("rejects two claims on one region", () => {
    const r = parseTerms("territory", {
      claims: [
        { region: "crimea", claim: "recognised-russian-de-jure" },
        { region: "crimea", claim: "return-to-ukraine" },
      ],
    });
    expect(r.success).toBe(false);
  });

  it("treats null, {} and no claims as empty terms", () => {
    expect(isEmptyTerms(null)).toBe(true);
    expect(isEmptyTerms({})).toBe(true);
    expect(isEmptyTerms({ claims: [] })).toBe(true);
    expect(isEmptyTerms({ nato: "seek" })).toBe(false);
    expect(isEmptyTerms({ capsAccepted: false })).toBe(false);
  });
});
