import { describe, expect, it } from "vitest";
import { compareParties } from "@/lib/compare";

const russia = { partyId: "russia", label: "Russia", terms: { nato: "renounce", foreignTroops: "prohibited" } };
const us = { partyId: "united-states", label: "United States", terms: { nato: "renounce" } };
const europe = { partyId: "european-powers", label: "European powers", terms: { nato: "keep-option" } };
const ukraine = { partyId: "ukraine", label: "Ukraine", terms: { nato: "seek", foreignTroops: "allowed" } };
const china = { partyId: "china", label: "China", terms: null };

describe("compareParties", () => {
  it("compares every pair once, in the caller's order", () => {
    const r = compareParties("neutrality", [russia, us, europe]);
    expect(r.pairs.map((p) => [p.a.partyId, p.b.partyId, p.class])).toEqual([
      ["russia", "united-states", "aligned"],
      ["russia", "european-powers", "partly-aligned"],
      ["united-states", "european-powers", "partly-aligned"],
    ]);
  });

  it("shows the worst pair on the row, with that pair's parts and named reason", () => {
    const r = compareParties("neutrality", [russia, us, europe, ukraine]);
    expect(r.pairs).toHaveLength(6);
    expect(r.class).toBe("opposed");
    expect(r.worstPair?.a.partyId).toBe("russia");
    expect(r.worstPair?.b.partyId).toBe("ukraine");
    expect(r.parts.map((p) => p.key)).toEqual(["nato", "foreignTroops"]);
    expect(r.reason).toBe(
      "Opposed on alliance membership: Russia wants alliance membership renounced, Ukraine wants alliance membership. " +
        "Opposed on foreign troops: Russia wants no foreign troops, Ukraine wants foreign troops allowed.",
    );
  });

  it("is partly aligned when the worst pair is partly aligned", () => {
    expect(compareParties("neutrality", [russia, us, europe]).class).toBe("partly-aligned");
  });

  it("is aligned when every comparable pair is aligned, ignoring pairs that cannot be compared", () => {
    const r = compareParties("neutrality", [russia, china, us]);
    expect(r.class).toBe("aligned");
    expect(r.pairs.map((p) => p.class)).toEqual(["unknown", "aligned", "unknown"]);
    expect(r.worstPair?.b.partyId).toBe("united-states");
  });

  it("is unknown when no pair can be compared", () => {
    const r = compareParties("neutrality", [china, { ...russia, terms: {} }, us]);
    expect(r.class).toBe("unknown");
    expect(r.reason).toBe("No pair of these parties states terms that can be compared.");
  });

  it("keeps a single pair's own reason when it is unknown", () => {
    const r = compareParties("neutrality", [russia, china]);
    expect(r.class).toBe("unknown");
    expect(r.reason).toBe("China has no structured terms on this issue.");
  });

  it("is unknown with fewer than two parties", () => {
    const r = compareParties("neutrality", [russia]);
    expect(r).toMatchObject({ class: "unknown", pairs: [], worstPair: null });
  });

  it("keeps general issues unknown for every pair", () => {
    const r = compareParties("general", [russia, us, ukraine]);
    expect(r.class).toBe("unknown");
    expect(r.pairs.every((p) => p.class === "unknown")).toBe(true);
  });
});
