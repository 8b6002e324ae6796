// Full-text search on the engine DATABASE_URL names, over the seeded record.
import { afterAll, describe, expect, it } from "vitest";
import { db, onQuery } from "@/lib/db/client";
import { toPositionInput } from "@/lib/positions/position-input";
import { updatePosition } from "@/lib/positions/update-position";
import { recordRevision } from "@/lib/revisions/record-revision";
import { engine } from "@/lib/db/client";
import { matchCandidates } from "@/lib/search/match-candidates";
import { parseQueryTerms } from "@/lib/search/query-terms";
import { search } from "@/lib/search/search";
import { searchInput, searchKinds } from "@/lib/search/search-input";
import { editor, newPosition, newSource } from "../support/editing";

const find = (params: Record<string, unknown>) => search(searchInput.parse(params));
const ids = async (params: Record<string, unknown>) => (await find(params)).hits.map((h) => `${h.kind}:${h.id}`);
afterAll(() => db.$disconnect());

describe("search", () => {
  it('finds the 1,000-for-1,000 exchange when searching "prisoners", on the first page', async () => {
    const results = await find({ q: "prisoners" });
    expect(results.hits.map((h) => h.id)).toContain("c-2025-may16-pow");
    expect(results.countsByKind.commitment).toBeGreaterThan(0);
    expect(results.total).toBe(Object.values(results.countsByKind).reduce((a, b) => a + b, 0));
  });

  it("highlights the matched words in snippets", async () => {
    const hit = (await find({ q: "Medinsky" })).hits[0]!;
    expect([...hit.title, ...hit.snippet].some((p) => p.hit && /medinsky/i.test(p.text))).toBe(true);
  });

  it("searches quotes and their speakers, and source titles", async () => {
    expect(await ids({ q: "undertakers wedding" })).toContain("position:ru-2025-may16-delegation");
    const sourceHits = (await find({ q: "Istanbul talks exposed the chasm", kind: "source" })).hits;
    expect(sourceHits[0]?.kind).toBe("source");
  });

  it("ranks a plan's points after the records titled with the plan's name, not all ahead of them", async () => {
    // The seeded US draft is known by its envoys' names, which its points' titles repeat.
    const plan = await db.plan.findUniqueOrThrow({ where: { id: "us-28-point-plan-2025-11" }, select: { title: true } });
    expect(plan.title).toContain("Witkoff");
    const { hits } = await find({ q: "Witkoff" });
    const title = (h: (typeof hits)[number]) => h.title.map((part) => part.text).join("");
    // Before, its 28 points, each a title hit through the plan's title, came first. Now the
    // records and sources titled with the name come first, the plan among them, then the points.
    const firstPoint = hits.findIndex((h) => h.kind === "planPoint");
    expect(firstPoint).toBeGreaterThan(0);
    expect(hits.slice(0, firstPoint).every((h) => /witkoff/i.test(title(h)) && h.kind !== "planPoint")).toBe(true);
    expect(hits.slice(0, firstPoint).some((h) => h.kind === "plan" && h.id === "us-28-point-plan-2025-11")).toBe(true);
    expect(hits.slice(0, firstPoint).some((h) => h.kind === "event")).toBe(true);
    // A point's own words in the query still make it a title hit.
    const own = await find({ q: "Witkoff point 25" });
    expect(own.hits[0]).toMatchObject({ kind: "planPoint" });
  });

  it("puts exact-phrase hits before scattered words", async () => {
    const { hits } = await find({ q: '"prisoner exchange"' });
    const firstScattered = hits.findIndex((h) => !h.exactPhrase);
    const lastExact = hits.map((h) => h.exactPhrase).lastIndexOf(true);
    expect(lastExact).toBeGreaterThanOrEqual(0);
    if (firstScattered >= 0) expect(firstScattered).toBeGreaterThan(lastExact);
  });

  it("filters by party, issue, stance, attribution, kind and date range", async () => {
    const base = await find({ q: "ceasefire" });
    const russia = await find({ q: "ceasefire", party: "russia", kind: "position" });
    expect(russia.total).toBeGreaterThan(0);
    expect(russia.total).toBeLessThan(base.total);
    const rows = await db.position.findMany({ where: { id: { in: russia.hits.map((h) => h.id) } }, select: { party: { select: { slug: true } } } });
    expect(rows.every((r) => r.party.slug === "russia")).toBe(true);

    const rejects = await find({ q: "ceasefire", stance: "rejects", kind: "position" });
    const stances = await db.position.findMany({ where: { id: { in: rejects.hits.map((h) => h.id) } }, select: { stance: true } });
    expect(stances.length).toBeGreaterThan(0);
    expect(stances.every((s) => s.stance === "rejects")).toBe(true);

    const leaked = await find({ q: "army", attribution: "document", issue: "army-limits", kind: "position" });
    expect(leaked.total).toBeGreaterThan(0);

    const in2022 = await find({ q: "Istanbul", from: "2022-01-01", to: "2022-12-31" });
    expect(in2022.hits.every((h) => h.date === null || (h.date >= "2022-01-01" && h.date <= "2022-12-31"))).toBe(true);
    expect(in2022.total).toBeLessThan((await find({ q: "Istanbul" })).total);
  });

  it("refuses a filter naming no negotiation, party or issue readers can see, rather than find nothing", async () => {
    const refused = (params: Record<string, unknown>) => find({ q: "ceasefire", ...params }).then(() => null, (error: { code?: string; details?: { fieldErrors?: object } }) => ({ code: error.code, fieldErrors: error.details?.fieldErrors }));
    expect(await refused({ party: "rusia" })).toEqual({ code: "validation", fieldErrors: { party: ["There is no party “rusia”"] } });
    expect(await refused({ negotiation: "no-such-talks", issue: "no-such-issue" })).toEqual({
      code: "validation",
      fieldErrors: { negotiation: ["There is no negotiation “no-such-talks”"], issue: ["There is no issue “no-such-issue”"] },
    });
    const hidden = await db.party.create({ data: { slug: `hidden-${Date.now()}`, name: "Hidden Party", shortName: "Hidden", kind: "state", colour: "#336699", retractedAt: new Date() } });
    expect((await refused({ party: hidden.slug }))?.code).toBe("validation");
    expect(await refused({ party: "russia", issue: "territory" })).toBeNull();
  });

  it("orders equally ranked hits the same way every time, so pages neither repeat nor skip a hit", async () => {
    const first = await ids({ q: "ceasefire" });
    const second = await ids({ q: "ceasefire", page: 2 });
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(await ids({ q: "ceasefire" })).toEqual(first);
    expect(second.filter((hit) => first.includes(hit))).toEqual([]);
  });

  it("counts each kind's matches as the pages of hits hold them", async () => {
    const first = await find({ q: "prisoners" });
    expect(first.total).toBeGreaterThan(20);
    expect(first.truncated).toBe(false);
    const tally: Record<string, number> = {};
    for (let page = 1; page <= first.pageCount; page++) {
      for (const hit of (await find({ q: "prisoners", page })).hits) tally[hit.kind] = (tally[hit.kind] ?? 0) + 1;
    }
    const counted = Object.fromEntries(Object.entries(first.countsByKind).filter(([, n]) => n > 0));
    expect(tally).toEqual(counted);
  });

  it("ranks hits with a query word in the title before those with it only in the text, each page highlighted", async () => {
    const { pageCount } = await find({ q: "prisoners" });
    const pages = await Promise.all(Array.from({ length: pageCount }, (_, i) => find({ q: "prisoners", page: i + 1 })));
    const hits = pages.flatMap((p) => p.hits);
    expect(pageCount).toBeGreaterThan(1);
    const inTitle = hits.map((h) => h.title.some((part) => part.hit));
    expect(inTitle).toContain(true);
    expect(inTitle).toContain(false);
    expect(inTitle.slice(inTitle.indexOf(false))).not.toContain(true);
    // Snippets are read for the page shown, whichever it is.
    expect(pages.at(-1)!.hits.every((h) => [...h.title, ...h.snippet].some((part) => part.hit))).toBe(true);
  });

  it("matches what readers type against titles and text only, never the kind of record", async () => {
    const sources = await db.source.count({ where: { retractedAt: null } });
    const found = await find({ q: "source", kind: "source" });
    expect(found.total).toBeLessThan(sources);
    expect((await find({ q: "position", kind: "position" })).total).toBeLessThan(await db.position.count());
  });

  it.skipIf(engine !== "sqlite")("finds each kind's documents in SQLite's index by the kind alone, no kind by another's", async () => {
    const documents = await db.$queryRaw<{ kind: string; n: bigint }[]>`SELECT "kind", COUNT(*) AS "n" FROM "SearchDocument" GROUP BY "kind"`;
    expect(documents.map((d) => d.kind).sort()).toEqual([...searchKinds].sort());
    for (const { kind, n } of documents) {
      const [indexed] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "SearchIndex" WHERE "SearchIndex" MATCH ${`kind : "${kind}"`}`;
      expect({ kind, n: Number(indexed!.n) }).toEqual({ kind, n: Number(n) });
    }
  });

  it("treats search syntax in the query as plain words", async () => {
    for (const q of ['"', "NEAR(a b)", "title:crimea", "a OR", "*", "-", "'; DROP TABLE x; --", "\uE000x\uE001"]) {
      await expect(find({ q })).resolves.toMatchObject({ total: expect.any(Number) });
    }
  });

  it("stays in step with every recorded change, and with a rolled-back one", async () => {
    const id = "ru-2022-army";
    const word = "zyxwquartermaster";
    expect((await find({ q: word })).total).toBe(0);

    await expect(
      db.$transaction(async (tx) => {
        await tx.position.update({ where: { id }, data: { summary: `Rolled back ${word}` } });
        await recordRevision(tx, { entityType: "position", entityId: id, action: "update", actor: { id: null, label: "test" }, before: null, after: null });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect((await find({ q: word })).total).toBe(0);

    const original = await db.position.findUniqueOrThrow({ where: { id } });
    await db.$transaction(async (tx) => {
      await tx.position.update({ where: { id }, data: { summary: `${original.summary} ${word}` } });
      await recordRevision(tx, { entityType: "position", entityId: id, action: "update", actor: { id: null, label: "test" }, before: null, after: null });
    });
    expect(await ids({ q: word })).toEqual([`position:${id}`]);

    await db.$transaction(async (tx) => {
      await tx.position.update({ where: { id }, data: { summary: original.summary } });
      await recordRevision(tx, { entityType: "position", entityId: id, action: "update", actor: { id: null, label: "test" }, before: null, after: null });
    });
    expect((await find({ q: word })).total).toBe(0);
  });

  it("files a source under the parties and stances of the positions citing it, as they change", async () => {
    const position = await newPosition();
    const party = await db.party.findUniqueOrThrow({ where: { id: position.partyId } });
    const [first] = position.citations!;
    const firstSource = await db.source.findUniqueOrThrow({ where: { id: first!.sourceId } });
    const second = await newSource();
    const sourceHits = async (params: Record<string, unknown>) =>
      (await ids({ kind: "source", party: party.slug, ...params })).filter((hit) => hit.startsWith("source:"));
    expect(await sourceHits({ q: `"${firstSource.title}"`, stance: "demands" })).toEqual([`source:${firstSource.id}`]);

    // A summary edit changes nothing a source is filed under, so no source is re-indexed.
    const touched: string[] = [];
    const stop = onQuery((event) => touched.push(`${event.query} ${event.params}`));
    const edited = await updatePosition({
      id: position.id,
      version: position.version,
      input: { ...toPositionInput(position), summary: "Fixture statement, reworded." },
      actor: editor,
    });
    stop();
    expect(touched.filter((q) => q.includes("SearchDocument") && q.includes('"source"')).length).toBe(0);

    // Citing another source instead, with a new stance: the dropped source loses the party,
    // the new one gains it, each under the stance now stated.
    await updatePosition({
      id: position.id,
      version: edited.version,
      input: { ...toPositionInput(edited), stance: "rejects", citations: [{ ...first!, sourceId: second.id }] },
      actor: editor,
    });
    expect(await sourceHits({ q: `"${firstSource.title}"` })).toEqual([]);
    expect(await sourceHits({ q: `"${second.title}"`, stance: "rejects" })).toEqual([`source:${second.id}`]);
    expect(await sourceHits({ q: `"${second.title}"`, stance: "demands" })).toEqual([]);
  });

  it("re-files a negotiation's records under its new slug, and only when the slug changes", async () => {
    const before = await db.negotiation.findUniqueOrThrow({ where: { slug: "russia-ukraine" } });
    const count = async (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], negotiation: string) =>
      (await matchCandidates(tx, engine, parseQueryTerms("ceasefire"), searchInput.parse({ q: "ceasefire", negotiation }))).rows.length;
    await expect(
      db.$transaction(async (tx) => {
        const renamed = await tx.negotiation.update({ where: { id: before.id }, data: { slug: "renamed-process" } });
        await recordRevision(tx, { entityType: "negotiation", entityId: before.id, action: "update", actor: { id: null, label: "test" }, before, after: renamed });
        expect(await count(tx, "renamed-process")).toBeGreaterThan(0);
        expect(await count(tx, "russia-ukraine")).toBe(0);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await find({ q: "ceasefire", negotiation: "russia-ukraine" })).total).toBeGreaterThan(0);
  });

  it("refuses empty and overlong queries and reversed date ranges with clear messages", () => {
    expect(searchInput.safeParse({ q: "  " }).error?.issues[0]?.message).toBe("Type something to search for");
    expect(searchInput.safeParse({ q: "x".repeat(201) }).success).toBe(false);
    expect(searchInput.safeParse({ q: "x", from: "2025-05-01", to: "2025-01-01" }).error?.issues[0]?.path).toEqual(["to"]);
  });
});
