// The second bundled negotiation, Gaza, as the seed loads it after Russia–Ukraine: its own
// records, the parties both negotiations share, its coded terms and what comparing them
// gives. Runs against the database DATABASE_URL names (scripts/test.sh: SQLite and PostgreSQL),
// which the suite has migrated and seeded with the bundled data.
import { afterAll, describe, expect, it } from "vitest";
import { getComparison } from "@/lib/compare/get-comparison";
import { db } from "@/lib/db/client";
import { getPartyPage } from "@/lib/parties/get-party-page";
import { loadSeed } from "@/lib/seed/load-seed";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import { parseTerms } from "@/lib/terms";
import { issueKind } from "@/lib/vocab";
import { readBundledSeed } from "../support/seed-file";
import { call, expectProblem, recordRoutes } from "./api-support";

const gaza = readBundledSeed("israel-hamas-gaza");
const russiaUkraine = readBundledSeed("russia-ukraine");
const negotiation = { slug: "israel-hamas-gaza" };
const seededPositions = { in: gaza.positions.map((p) => p.id) };
afterAll(() => db.$disconnect());

describe("the seeded Gaza record", () => {
  it("holds every party, issue, area, event, position, citation and commitment", async () => {
    expect(await db.negotiationParty.count({ where: { negotiation } })).toBe(11);
    expect(await db.issue.count({ where: { negotiation, slug: { in: gaza.issues.map((i) => i.slug) } } })).toBe(12);
    expect(await db.area.count({ where: { negotiation, slug: { in: gaza.areas.map((a) => a.slug) } } })).toBe(13);
    expect(await db.event.count({ where: { negotiation, slug: { in: gaza.events.map((e) => e.slug) } } })).toBe(21);
    expect(await db.position.count({ where: { id: seededPositions, issue: { negotiation } } })).toBe(197);
    expect(await db.citation.count({ where: { positionId: seededPositions } })).toBe(437);
    expect(await db.commitment.count({ where: { negotiation, id: { in: gaza.commitments.map((c) => c.id) } } })).toBe(23);
    // Three promises the reference data records twice are one commitment each (one-commitment-per-promise.test.ts).
    expect(gaza.commitments.map((c) => c.id)).not.toContain("c-2025-living-hostages-release");
    const earliest = await db.event.findFirstOrThrow({ where: { negotiation }, orderBy: { date: "asc" } });
    expect(earliest.date.toISOString().slice(0, 7)).toBe("2023-11");
  });

  it("gives the parties both negotiations name one record each, seated in both, as the first file has it", async () => {
    const shared = gaza.parties.filter((p) => russiaUkraine.parties.some((q) => q.slug === p.slug)).map((p) => p.slug);
    expect(shared.sort()).toEqual(["european-union", "turkey", "united-states"]);
    for (const slug of shared) {
      const rows = await db.party.findMany({ where: { slug }, include: { negotiations: { include: { negotiation: true } } } });
      expect(rows, slug).toHaveLength(1);
      expect(rows[0]!.negotiations.map((s) => s.negotiation.slug).sort()).toEqual(["israel-hamas-gaza", "russia-ukraine"]);
      const first = russiaUkraine.parties.find((p) => p.slug === slug)!;
      expect(rows[0]).toMatchObject({ name: first.name, shortName: first.shortName, colour: first.colour });
    }
  });

  it("cites at least one source for every position, with quotes kept beside their speakers", async () => {
    const uncited = await db.position.count({ where: { id: seededPositions, citations: { none: {} } } });
    expect(uncited).toBe(0);
    const quoted = await db.citation.findMany({ where: { positionId: seededPositions, quote: { not: null } } });
    expect(quoted).toHaveLength(gaza.positions.filter((p) => p.citations.some((c) => c.quote)).length);
    expect(quoted.length).toBeGreaterThan(70);
    expect(quoted.every((c) => c.speaker)).toBe(true);
  });

  it("codes the terms of the issues with a kind only, each valid and with the coder's confidence and note", async () => {
    const kinds = Object.fromEntries((await db.issue.findMany({ where: { negotiation } })).map((i) => [i.slug, i.kind]));
    expect(kinds).toMatchObject({ ceasefire: "ceasefire", withdrawal: "territory", displacement: "general", format: "general", guarantees: "enforcement", statehood: "recognition", reconstruction: "funding", "hostages-prisoners": "exchange", "humanitarian-aid": "aid-access", "security-force": "deployment", disarmament: "disarmament", governance: "governance" });
    const rows = await db.position.findMany({
      where: { id: seededPositions },
      select: { id: true, terms: true, termsConfidence: true, termsNote: true, issue: { select: { kind: true } } },
    });
    const coded = rows.filter((r) => r.terms !== null);
    // Ceasefire and withdrawal 49, hostages and prisoners 11, humanitarian aid 13, the security force 19,
    // disarmament 16, governance 23, reconstruction 14, statehood 8, guarantees 13.
    expect(coded).toHaveLength(166);
    for (const r of coded) {
      const result = parseTerms(issueKind.parse(r.issue.kind), r.terms);
      expect(result.success, `${r.id}: ${result.error?.message}`).toBe(true);
      expect(r.termsConfidence, r.id).toMatch(/^(high|medium|low)$/);
      expect(r.termsNote?.length, r.id).toBeGreaterThan(20);
    }
    expect(rows.filter((r) => r.terms === null && (r.termsConfidence || r.termsNote))).toEqual([]);
    expect(new Set(coded.map((r) => r.issue.kind))).toEqual(new Set(["ceasefire", "territory", "exchange", "aid-access", "deployment", "disarmament", "governance", "funding", "recognition", "enforcement"]));
  });

  it("names only the negotiation's own areas and parties in its territorial claims", async () => {
    const areas = new Set(gaza.areas.map((a) => a.slug));
    const parties = new Set(gaza.parties.map((p) => p.slug));
    const claims = gaza.positions.flatMap((p) => ((p.terms?.claims as { area: string; party?: string }[] | undefined) ?? []));
    expect(claims.length).toBeGreaterThan(30);
    for (const c of claims) {
      expect(c.area === "all" || areas.has(c.area), c.area).toBe(true);
      if (c.party) expect(parties.has(c.party), c.party).toBe(true);
    }
  });
});

describe("Israel and Hamas on withdrawal", () => {
  const compare = async (asOf?: string) => {
    const data = await getComparison({
      negotiation: "israel-hamas-gaza",
      parties: ["israel", "hamas"],
      issues: ["withdrawal"],
      ...(asOf ? { asOf: new Date(`${asOf}T00:00:00Z`) } : {}),
    });
    return data!.rows[0]!.comparison;
  };

  it("are opposed while Israel held to the corridors Hamas wanted it to leave, naming them", async () => {
    // Hamas's 18 August 2024 reply and Israel's 20 August 2024 insistence on both corridors.
    const both = await compare("2024-09-03");
    expect(both.class).toBe("opposed");
    expect(both.reason).toMatch(/^Opposed on Netzarim corridor and Philadelphi corridor: Israel wants control by Israel; Hamas wants the withdrawal of Israel's forces/);
    // From 4 September 2024 both statements speak of the Philadelphi corridor alone.
    const philadelphi = await compare("2025-10-15");
    expect(philadelphi.class).toBe("opposed");
    expect(philadelphi.reason).toMatch(/^Opposed on Philadelphi corridor:/);
  });

  it("today name different areas, so nothing is compared: Israel keeps the area behind the yellow line, Hamas asks it to leave the area west of it", async () => {
    const today = await compare();
    expect(today.class).toBe("unknown");
    expect(today.reason).toMatch(/state no element of this issue in common/);
  });
});

describe("a party both negotiations share", () => {
  it("has its positions in each, grouped under the negotiation's title", async () => {
    const page = (await getPartyPage({ slug: "turkey" }))!;
    const titles = page.negotiations.map((n) => n.title);
    expect(titles).toEqual(expect.arrayContaining([gaza.negotiation.title, "Russia–Ukraine peace process"]));
    for (const n of page.negotiations) {
      const spoken = n.issues.filter((i) => i.current);
      expect(spoken.length, n.title).toBeGreaterThan(0);
    }
  });
});

describe("reading Gaza", () => {
  it("finds its records by search, in its negotiation", async () => {
    const results = await search(searchInput.parse({ q: "Philadelphi", negotiation: "israel-hamas-gaza" }));
    expect(results.total).toBeGreaterThan(3);
    expect(results.hits.map((h) => h.id)).toContain("il-2024-philadelphi-red-line");
    const elsewhere = await search(searchInput.parse({ q: "Philadelphi", negotiation: "russia-ukraine" }));
    expect(elsewhere.total).toBe(0);
  });

  it("asks for an id where both negotiations use an issue's slug, and reads Gaza's own by slug", async () => {
    const shared = await call(recordRoutes.issue.item, "GET", "/api/v1/issues/ceasefire", { params: { id: "ceasefire" } });
    await expectProblem(shared, 422);
    const own = await call(recordRoutes.issue.item, "GET", "/api/v1/issues/withdrawal", { params: { id: "withdrawal" } });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ slug: "withdrawal", kind: "territory", negotiation: { slug: "israel-hamas-gaza" } });
  });

  it("seeds again without adding anything", async () => {
    const revisions = await db.revision.count({ where: { entityId: seededPositions } });
    const counts = await loadSeed(db, gaza);
    for (const c of Object.values(counts)) expect(c.created).toBe(0);
    expect(counts.positions.existing).toBe(197);
    expect(counts.parties.existing).toBe(11);
    expect(await db.revision.count({ where: { entityId: seededPositions } })).toBe(revisions);
  });
});
