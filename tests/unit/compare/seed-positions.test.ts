// Checks the rules against the real coded positions of the seed. Expectations were
// derived by reading the records, and are written out here rather than recomputed.
import { describe, expect, it } from "vitest";
import { compareParties, compareTerms } from "@/lib/compare";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { isEmptyTerms } from "@/lib/terms";
import { readBundledSeed } from "@/tests/support/seed-file";

const seed = readBundledSeed();
const kindOf = new Map(seed.issues.map((i) => [i.slug, i.kind]));
const shortName = new Map(seed.parties.map((p) => [p.slug, p.shortName]));
// The seed's areas and parties as the comparison reads them from the records.
const context = {
  areas: seed.areas.map((a) => ({ slug: a.slug, name: a.name, parent: a.parent, holder: a.heldBy, heldSince: a.heldSince, heldInPart: a.heldInPart })),
  parties: Object.fromEntries(shortName),
};
const byId = (id: string) => {
  const p = seed.positions.find((x) => x.id === id);
  if (!p) throw new Error(`no seed position ${id}`);
  return p;
};

function latestCodedPosition(party: string, issue: string) {
  const coded = seed.positions
    .filter((p) => p.party === party && p.issue === issue && !isEmptyTerms(p.terms))
    .map((p) => ({ p, time: parsePartialDate(p.statedOn)?.date.getTime() ?? Number.NaN }))
    .sort((x, y) => y.time - x.time);
  // A tie on the latest date would make "the latest" a guess: fail loudly instead.
  const [latest, next] = coded;
  if (!latest || latest.time === next?.time) throw new Error(`no single latest coded ${issue} position of ${party}`);
  return latest.p;
}

describe("seed: latest coded territory positions of Russia and Ukraine", () => {
  const russia = latestCodedPosition("russia", "territory");
  const ukraine = latestCodedPosition("ukraine", "territory");
  const r = compareTerms("territory", russia.terms, ukraine.terms, { a: "Russia", b: "Ukraine" }, context);

  it("picks Russia's March 2026 memorandum and Ukraine's February 2026 freeze", () => {
    expect([russia.id, russia.statedOn]).toEqual(["ru-2026-mar-memo", "2026-03"]);
    expect([ukraine.id, ukraine.statedOn]).toEqual(["ua-2026-freeze-znpp", "2026-02-05"]);
  });

  it("is opposed, and the reason names the disputed areas and who holds them", () => {
    // Russia: Ukraine's forces leave Donetsk; Russia's leave Sumy, Kharkiv, Dnipropetrovsk;
    // Kherson, Zaporizhzhia frozen. Ukraine: Donetsk frozen, and a freeze everywhere else.
    expect(r.class).toBe("opposed");
    expect(r.reason).toBe(
      "Opposed on Donetsk region: Russia wants the withdrawal of Ukraine's forces; Ukraine wants a freeze at the current line; Russia holds part of it now. " +
        // Held only in pockets, these regions have no holder recorded.
        "Partly aligned on Kharkiv region, Sumy region and Dnipropetrovsk region: Russia wants the withdrawal of Russia's forces; Ukraine wants a freeze at the current line; who holds them now is not recorded. " +
        "Aligned on Zaporizhzhia region and Kherson region: Russia and Ukraine both want a freeze at the current line.",
    );
  });

  it("compares only the areas Russia names, each against Ukraine's claim on all", () => {
    expect(Object.fromEntries(r.parts.map((p) => [p.key, p.class]))).toEqual({
      donetsk: "opposed",
      zaporizhzhia: "aligned",
      kherson: "aligned",
      kharkiv: "partly-aligned",
      sumy: "partly-aligned",
      dnipropetrovsk: "partly-aligned",
    });
  });
});

describe("seed: other real pairs", () => {
  const compareIds = (x: string, y: string) => {
    const a = byId(x);
    const b = byId(y);
    return compareTerms(kindOf.get(a.issue)!, a.terms, b.terms, { a: shortName.get(a.party)!, b: shortName.get(b.party)! }, context);
  };

  it("Russia's June 2025 memorandum vs Ukraine's Peace Formula: opposed on all five areas", () => {
    const r = compareIds("ru-2025-memo-territory", "ua-2022-peace-formula-territory");
    expect(r.reason).toBe(
      "Opposed on Crimea, Donetsk region, Luhansk region, Zaporizhzhia region and Kherson region: " +
        "Russia wants control by Russia (recognised de jure); Ukraine wants the withdrawal of Russia's forces.",
    );
  });

  it("the 2022 Istanbul army drafts: partly aligned, 85,000 vs 250,000 troops", () => {
    const r = compareIds("ru-2022-army", "ua-2022-army");
    expect(r.class).toBe("partly-aligned");
    expect(r.parts[0]?.reason).toBe("Russia 85,000 vs Ukraine 250,000 troops: a gap of 165,000");
  });

  it("June 2025 memoranda on the army: Russia wants caps, Ukraine refuses them", () => {
    expect(compareIds("ru-2025-memo-army", "ua-2025-memo-army").class).toBe("opposed");
  });

  it("December 2025 ceasefire: Russia wants none, Ukraine a 60-day truce", () => {
    expect(compareIds("ru-2025-dec28-no-temp-ceasefire", "ua-2025-referendum-60day").class).toBe("opposed");
  });

  it("NATO: Russia's plain renunciation vs Ukraine's renunciation with guarantees is partly aligned", () => {
    expect(compareIds("ru-2025-memo-neutrality", "ua-2025-berlin-nato").class).toBe("partly-aligned");
  });

  it("compares every pair of coded positions on each issue without an unreadable result", () => {
    for (const issue of seed.issues) {
      const sides = seed.positions
        .filter((p) => p.issue === issue.slug)
        .map((p) => ({ partyId: p.id, label: p.party, terms: p.terms }));
      const r = compareParties(issue.kind, sides, context);
      for (const pair of r.pairs) expect(pair.reason).not.toContain("do not match the shape");
    }
  });
});
