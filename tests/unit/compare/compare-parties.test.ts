import { describe, expect, it } from "vitest";
import { compareParties } from "@/lib/compare";

const ruritania = { partyId: "ruritania", label: "Ruritania", terms: { nato: "renounce", foreignTroops: "prohibited" } };
const freedonia = { partyId: "freedonia", label: "Freedonia", terms: { nato: "renounce" } };
const northern = { partyId: "northern-powers", label: "Northern powers", terms: { nato: "keep-option" } };
const borduria = { partyId: "borduria", label: "Borduria", terms: { nato: "seek", foreignTroops: "allowed" } };
const sylvania = { partyId: "sylvania", label: "Sylvania", terms: null };

describe("compareParties", () => {
  it("compares every pair once, in the caller's order", () => {
    const r = compareParties("neutrality", [ruritania, freedonia, northern]);
    expect(r.pairs.map((p) => [p.a.partyId, p.b.partyId, p.class])).toEqual([
      ["ruritania", "freedonia", "aligned"],
      ["ruritania", "northern-powers", "partly-aligned"],
      ["freedonia", "northern-powers", "partly-aligned"],
    ]);
  });

  it("shows the worst pair on the row, with that pair's parts and named reason", () => {
    const r = compareParties("neutrality", [ruritania, freedonia, northern, borduria]);
    expect(r.pairs).toHaveLength(6);
    expect(r.class).toBe("opposed");
    expect(r.worstPair?.a.partyId).toBe("ruritania");
    expect(r.worstPair?.b.partyId).toBe("borduria");
    expect(r.parts.map((p) => p.key)).toEqual(["nato", "foreignTroops"]);
    expect(r.reason).toBe(
      "Opposed on alliance membership: Ruritania wants alliance membership renounced, Borduria wants alliance membership. " +
        "Opposed on foreign troops: Ruritania wants no foreign troops, Borduria wants foreign troops allowed.",
    );
  });

  it("is partly aligned when the worst pair is partly aligned", () => {
    expect(compareParties("neutrality", [ruritania, freedonia, northern]).class).toBe("partly-aligned");
  });

  it("is aligned when every comparable pair is aligned, ignoring pairs that cannot be compared", () => {
    const r = compareParties("neutrality", [ruritania, sylvania, freedonia]);
    expect(r.class).toBe("aligned");
    expect(r.pairs.map((p) => p.class)).toEqual(["unknown", "aligned", "unknown"]);
    expect(r.worstPair?.b.partyId).toBe("freedonia");
  });

  it("is unknown when no pair can be compared", () => {
    const r = compareParties("neutrality", [sylvania, { ...ruritania, terms: {} }, freedonia]);
    expect(r.class).toBe("unknown");
    expect(r.reason).toBe("No pair of these parties states terms that can be compared.");
  });

  it("keeps a single pair's own reason when it is unknown", () => {
    const r = compareParties("neutrality", [ruritania, sylvania]);
    expect(r.class).toBe("unknown");
    expect(r.reason).toBe("Sylvania has no structured terms on this issue.");
  });

  it("is unknown with fewer than two parties", () => {
    const r = compareParties("neutrality", [ruritania]);
    expect(r).toMatchObject({ class: "unknown", pairs: [], worstPair: null });
  });

  it("keeps general issues unknown for every pair", () => {
    const r = compareParties("general", [ruritania, freedonia, borduria]);
    expect(r.class).toBe("unknown");
    expect(r.pairs.every((p) => p.class === "unknown")).toBe(true);
  });
});
