import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attributionFromReference, detailsToText, preferredDescription, sourceKey, sourceRegistry } from "@/lib/seed/reference-mapping";
import { seedFile } from "@/lib/seed/seed-file";
import { parseTerms } from "@/lib/terms";
import { attributionKinds } from "@/lib/vocab";

const seed = seedFile.parse(JSON.parse(readFileSync("prisma/seed/russia-ukraine.json", "utf8")));

describe("reference data mapping", () => {
  it("maps every reference attribution onto a SPEC attribution kind", () => {
    expect(new Set(Object.values(attributionFromReference))).toEqual(new Set(attributionKinds));
  });

  it("keeps free-form details readable as text", () => {
    expect(detailsToText({ maxMortars: 147, missileRangeKm: 40, medicalCommissions: true })).toBe(
      "Max mortars: 147\nMissile range km: 40\nMedical commissions: yes",
    );
    expect(detailsToText({ categories: ["severely wounded/ill", "aged 18-25"] })).toBe(
      "Categories: severely wounded/ill; aged 18-25",
    );
    expect(detailsToText({})).toBeNull();
    expect(detailsToText({ empty: [] })).toBeNull();
  });

  it("gives one key to one article, whoever cites it", () => {
    const a = { outlet: "Reuters", title: "Talks end", url: "https://example.org/a" };
    expect(sourceKey(a)).toBe(sourceKey({ ...a }));
    expect(sourceKey(a)).not.toBe(sourceKey({ ...a, url: "https://example.org/b" }));
  });

  it("gives one record to one address, described as the outlet titled it and as precisely dated as known", () => {
    const { cite, sources } = sourceRegistry();
    const url = "https://example.org/talks-end";
    const first = cite({ outlet: "Example Wire", title: "[Talks end without a deal; headline not shown]", url, date: "2031-05" });
    expect(cite({ outlet: "Example Wire (via Daily)", title: "Talks end without a deal", url, date: "2031-05" })).toBe(first);
    expect(cite({ outlet: "Example Daily", title: "Talks end, sides apart", url, date: "2031-05-02" })).toBe(first);
    expect(cite({ outlet: "Example Wire", title: "Talks end", url: null })).not.toBe(first);
    expect(sources().filter((s) => s.url === url)).toEqual([
      { key: first, outlet: "Example Daily", title: "Talks end, sides apart", url, publishedOn: "2031-05-02" },
    ]);
  });

  it("prefers a title as given over one the reference made up, then the more precise date, then the first", () => {
    const given: { outlet: string; title: string; publishedOn: string | null } = { outlet: "A", title: "Talks end", publishedOn: null };
    const madeUp = { outlet: "B", title: "Talks end [descriptive title]", publishedOn: "2031-05-02" };
    expect(preferredDescription(madeUp, given)).toBe(given);
    expect(preferredDescription(given, madeUp)).toBe(given);
    const dated = { ...given, outlet: "C", publishedOn: "2031-05" };
    expect(preferredDescription(given, dated)).toBe(dated);
    expect(preferredDescription(dated, { ...dated, outlet: "D" })).toBe(dated);
  });
});

describe("the bundled Russia–Ukraine seed", () => {
  it("holds the whole reference record", () => {
    expect(seed.parties).toHaveLength(12);
    expect(seed.issues).toHaveLength(14);
    expect(seed.events).toHaveLength(37);
    expect(seed.positions).toHaveLength(150);
    expect(seed.commitments).toHaveLength(17);
    expect(seed.positions.flatMap((p) => p.citations)).toHaveLength(364);
  });

  it("cites only sources it holds, and links to them only over http(s)", () => {
    const keys = new Set(seed.sources.map((s) => s.key));
    const cited = [
      ...seed.positions.flatMap((p) => p.citations.map((c) => c.source)),
      ...seed.events.flatMap((e) => e.sources),
      ...seed.commitments.flatMap((c) => c.sources),
    ];
    expect(cited.filter((k) => !keys.has(k))).toEqual([]);
    expect(seed.sources.filter((s) => s.url && !/^https?:\/\//.test(s.url))).toEqual([]);
  });

  it("codes 136 positions in the term shape of their issue, each fitting its schema", () => {
    const kindOf = new Map(seed.issues.map((i) => [i.slug, i.kind]));
    const coded = seed.positions.filter((p) => p.terms !== null);
    // 86 of the first five kinds, 47 of the six issues given newer kinds, 3 on the nuclear plant.
    expect(coded).toHaveLength(86 + 47 + 3);
    for (const p of coded) {
      const result = parseTerms(kindOf.get(p.issue)!, p.terms);
      expect(result.success, `${p.id}: ${result.error?.message}`).toBe(true);
      expect(p.termsConfidence, p.id).not.toBeNull();
      expect(p.termsNote, p.id).not.toBeNull();
    }
  });

  it("keeps month-only dates at month precision", () => {
    expect(seed.positions.filter((p) => /^\d{4}-\d{2}$/.test(p.statedOn)).length).toBeGreaterThan(0);
  });

  it("refers only to parties, issues and events it defines", () => {
    const parties = new Set(seed.parties.map((p) => p.slug));
    const issues = new Set(seed.issues.map((i) => i.slug));
    const events = new Set(seed.events.map((e) => e.slug));
    for (const p of seed.positions) {
      expect(parties.has(p.party) && issues.has(p.issue) && (p.event === null || events.has(p.event)), p.id).toBe(true);
    }
    for (const c of seed.commitments) expect(c.parties.every((p) => parties.has(p)), c.id).toBe(true);
  });
});
