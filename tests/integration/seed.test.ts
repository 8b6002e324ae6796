// Runs against the database DATABASE_URL names (scripts/test.sh runs it on SQLite and
// on PostgreSQL), which the suite has migrated and seeded with the bundled data.
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { loadSeed } from "@/lib/seed/load-seed";
import { parseTerms } from "@/lib/terms";
import { attributionKind, commitmentStatus, issueKind, positionStatus, stance } from "@/lib/vocab";
import { readBundledSeed } from "../support/seed-file";

const db = createDb();
const seed = readBundledSeed();
// Other suites add records to the same database: look only at what the seed defines.
const seededPositions = { in: seed.positions.map((p) => p.id) };
const seededSources = { in: seed.sources.map((s) => s.key) };
afterAll(() => db.$disconnect());

describe("the seeded Russia–Ukraine record", () => {
  it("holds every party, issue, event, position, citation and commitment", async () => {
    const negotiation = { slug: "russia-ukraine" };
    expect(await db.negotiationParty.count({ where: { negotiation, party: { slug: { in: seed.parties.map((p) => p.slug) } } } })).toBe(12);
    expect(await db.issue.count({ where: { negotiation, slug: { in: seed.issues.map((i) => i.slug) } } })).toBe(14);
    expect(await db.event.count({ where: { negotiation, slug: { in: seed.events.map((e) => e.slug) } } })).toBe(37);
    expect(await db.commitment.count({ where: { negotiation, id: { in: seed.commitments.map((c) => c.id) } } })).toBe(17);
    expect(await db.position.count({ where: { id: seededPositions } })).toBe(150);
    expect(await db.citation.count({ where: { positionId: seededPositions } })).toBe(364);
    expect(await db.source.count({ where: { id: seededSources } })).toBe(seed.sources.length);
  });

  it("stores only values of Parley's vocabularies", async () => {
    for (const p of await db.position.findMany({ select: { id: true, stance: true, status: true } })) {
      expect(stance.safeParse(p.stance).success && positionStatus.safeParse(p.status).success, p.id).toBe(true);
    }
    for (const c of await db.citation.findMany({ select: { attribution: true } })) {
      expect(attributionKind.safeParse(c.attribution).success).toBe(true);
    }
    for (const c of await db.commitment.findMany({ select: { status: true } })) {
      expect(commitmentStatus.safeParse(c.status).success).toBe(true);
    }
    for (const i of await db.issue.findMany({ select: { kind: true } })) {
      expect(issueKind.safeParse(i.kind).success).toBe(true);
    }
  });

  it("has no stored terms value that fails its issue kind's schema", async () => {
    const rows = await db.position.findMany({ where: { id: seededPositions }, select: { id: true, terms: true, issue: { select: { kind: true } } } });
    const coded = rows.filter((r) => r.terms !== null);
    // 86 positions of the first five kinds, 47 of the six issues given newer kinds, and 3 on
    // the nuclear plant, now a territory issue.
    expect(coded).toHaveLength(86 + 47 + 3);
    for (const r of coded) {
      const result = parseTerms(issueKind.parse(r.issue.kind), r.terms);
      expect(result.success, `${r.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it("keeps quotes with their speakers, and a null URL as null", async () => {
    const quoted = await db.citation.findMany({ where: { positionId: seededPositions, quote: { not: null } } });
    expect(quoted).toHaveLength(seed.positions.filter((p) => p.citations.some((c) => c.quote)).length);
    expect(quoted.every((c) => c.speaker)).toBe(true);
    expect(await db.source.count({ where: { id: seededSources, url: null } })).toBe(seed.sources.filter((s) => !s.url).length);
  });

  it("keeps a month-only statement date at month precision", async () => {
    const monthly = seed.positions.find((p) => /^\d{4}-\d{2}$/.test(p.statedOn))!;
    const row = await db.position.findUniqueOrThrow({ where: { id: monthly.id } });
    expect(row.statedOnPrecision).toBe("month");
    expect(formatPartialDate(row.statedOn, row.statedOnPrecision)).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });

  it("marks exactly the latest statement per party and issue as current, the rest superseded in order", async () => {
    const rows = await db.position.findMany({
      where: { retractedAt: null },
      orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, partyId: true, issueId: true, status: true, supersededById: true, withdrawnOn: true },
    });
    const all = new Map<string, typeof rows>();
    for (const r of rows) all.set(`${r.partyId}|${r.issueId}`, [...(all.get(`${r.partyId}|${r.issueId}`) ?? []), r]);
    // Chains other suites touched (their own statements, withdrawals) are checked by those suites.
    const seeded = new Set(seed.positions.map((p) => p.id));
    const chains = new Map([...all].filter(([, chain]) => chain.every((r) => seeded.has(r.id) && !r.withdrawnOn)));
    expect(chains.size).toBeGreaterThan(50);
    for (const chain of chains.values()) {
      expect(chain.at(-1)!.status).toBe("current");
      chain.slice(0, -1).forEach((row, i) => {
        expect(row.status).toBe("superseded");
        expect(row.supersededById).toBe(chain[i + 1]!.id);
      });
    }
    const currentIds = new Set([...chains.values()].flat().filter((r) => r.status === "current").map((r) => r.id));
    expect(currentIds.size).toBe(chains.size);
  });

  it("wrote a create revision for every record it loaded", async () => {
    const bySeed = { action: "create", actorLabel: "Parley seed" };
    // The other bundled negotiation's records have revisions of their own: count this one's.
    const parties = await db.party.findMany({ where: { slug: { in: seed.parties.map((p) => p.slug) } }, select: { id: true } });
    expect(await db.revision.count({ where: { ...bySeed, entityType: "position", entityId: seededPositions } })).toBe(150);
    expect(await db.revision.count({ where: { ...bySeed, entityType: "party", entityId: { in: parties.map((p) => p.id) } } })).toBe(12);
    const one = await db.revision.findFirstOrThrow({ where: { entityType: "position", entityId: "ru-2022-army" } });
    expect(one).toMatchObject({ actorLabel: "Parley seed", before: null });
    expect(one.after).toMatchObject({ id: "ru-2022-army", stance: "demands" });
  });

  // A creation's revision is "the record as first recorded" on its history page: it holds what
  // the seed loaded, in the shape of every later revision, not the bare row first inserted.
  it("holds each record as loaded in its creation revision: relations, status and successor", async () => {
    const creation = (entityId: string) => db.revision.findFirstOrThrow({ where: { entityId, action: "create" } }).then((r) => r.after as Record<string, unknown>);
    const army = seed.positions.find((p) => p.id === "ru-2022-army")!;
    expect(await creation(army.id)).toMatchObject({
      status: "superseded",
      supersededById: "ru-2022-army-alt",
      citations: army.citations.map((c) => expect.objectContaining({ sourceId: c.source, quote: c.quote })),
    });
    const negotiation = await db.negotiation.findUniqueOrThrow({ where: { slug: "russia-ukraine" } });
    expect(((await creation(negotiation.id)).parties as unknown[]).length).toBe(seed.parties.length);
    const event = seed.events.find((e) => e.participants.length > 0 && e.sources.length > 0)!;
    const eventRow = await db.event.findUniqueOrThrow({ where: { slug: event.slug } });
    expect(await creation(eventRow.id)).toMatchObject({ sourceIds: event.sources });
    expect(((await creation(eventRow.id)).participantIds as unknown[]).length).toBe(event.participants.length);
    // A seeded plan that leaves points of its previous version out.
    const planDropping = await db.plan.findUniqueOrThrow({ where: { id: "ua-us-20-point-framework-2025-12-23" }, include: { droppedPoints: true } });
    expect(planDropping.droppedPoints.length).toBeGreaterThan(0);
    expect(((await creation(planDropping.id)).droppedPoints as unknown[]).length).toBe(planDropping.droppedPoints.length);
  });
});

describe("seeding again", () => {
  it("changes nothing and reports everything as already present", async () => {
    const before = {
      revisions: await db.revision.count(),
      updated: (await db.position.aggregate({ _max: { updatedAt: true } }))._max.updatedAt,
    };
    const counts = await loadSeed(db, seed);
    for (const c of Object.values(counts)) expect(c.created).toBe(0);
    expect(counts.positions.existing).toBe(150);
    expect(await db.revision.count()).toBe(before.revisions);
    expect((await db.position.aggregate({ _max: { updatedAt: true } }))._max.updatedAt).toEqual(before.updated);
  });

  it("records, as the seed's, the status a statement already there takes from a statement a later file adds", async () => {
    // A negotiation of one issue and one statement, then the same file with a later statement.
    const slug = `later-seed-${Date.now()}`;
    const template = seed.positions.find((p) => p.citations.length > 0)!;
    const file = structuredClone(seed);
    file.negotiation.slug = slug;
    // A title of its own too: the exports name a statement's negotiation by its title.
    file.negotiation.title = `Ruritania talks ${slug}`;
    // A party of its own: the seeded parties' negotiations are other tests' to list.
    file.parties = [{ ...seed.parties[0]!, slug: `${slug}-party`, name: "Ruritania", shortName: "Ruritania" }];
    file.issues = seed.issues.filter((i) => i.slug === template.issue);
    file.areas = [];
    file.events = [];
    file.commitments = [];
    const first = { ...template, id: `${slug}-first`, party: `${slug}-party`, event: null, terms: null, statedOn: "2024-03-01" };
    file.positions = [first];
    await loadSeed(db, file);
    file.positions = [first, { ...first, id: `${slug}-later`, statedOn: "2024-05-02", summary: "A later word." }];
    await loadSeed(db, file);

    const history = await db.revision.findMany({ where: { entityId: first.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(history.map((r) => [r.action, r.actorLabel])).toEqual([
      ["create", "Parley seed"],
      ["supersede", "Parley seed"],
    ]);
    expect(history[1]!.note).toBe("The party's statement of 2 May 2024 on this issue now follows this one.");
    expect(history[1]!.after).toMatchObject({ status: "superseded", supersededById: `${slug}-later` });
    const later = await db.revision.findMany({ where: { entityId: `${slug}-later` } });
    expect(later.map((r) => [r.action, (r.after as { status: string }).status])).toEqual([["create", "current"]]);
  });

  it("seats, as the seed's change of the negotiation, the parties a later file adds, after those seated", async () => {
    const slug = `later-seats-${Date.now()}`;
    const party = (name: string) => ({ ...seed.parties[0]!, slug: `${slug}-${name.toLowerCase()}`, name, shortName: name, role: null });
    const file = structuredClone(seed);
    file.negotiation.slug = slug;
    // A title of its own too: the exports name a statement's negotiation by its title.
    file.negotiation.title = `Ruritania talks ${slug}`;
    file.parties = [party("Ruritania")];
    file.issues = [];
    file.areas = [];
    file.events = [];
    file.positions = [];
    file.commitments = [];
    await loadSeed(db, file);
    const negotiation = await db.negotiation.findUniqueOrThrow({ where: { slug } });
    file.parties = [party("Ruritania"), { ...party("Borduria"), role: "mediator" }];
    await loadSeed(db, file);

    const seats = await db.negotiationParty.findMany({ where: { negotiationId: negotiation.id }, orderBy: { order: "asc" }, include: { party: true } });
    expect(seats.map((s) => [s.party.name, s.role])).toEqual([["Ruritania", null], ["Borduria", "mediator"]]);
    expect((await db.negotiation.findUniqueOrThrow({ where: { slug } })).version).toBe(negotiation.version + 1);
    const history = await db.revision.findMany({ where: { entityId: negotiation.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(history.map((r) => [r.action, r.actorLabel, r.note])).toEqual([
      ["create", "Parley seed", "Loaded from the seed data"],
      ["update", "Parley seed", "Parties seated from the seed data"],
    ]);
    const seatedIn = (snapshot: unknown) => (snapshot as { parties: { partyId: string }[] }).parties.map((s) => s.partyId);
    expect(seatedIn(history[1]!.before)).toEqual([seats[0]!.partyId]);
    expect(seatedIn(history[1]!.after)).toEqual(seats.map((s) => s.partyId));
    // A third run finds every seat there and writes nothing.
    const revisions = await db.revision.count();
    await loadSeed(db, file);
    expect(await db.revision.count()).toBe(revisions);
  });

  it("writes nothing at all when any part of a seed file is wrong", async () => {
    const broken = structuredClone(seed);
    broken.negotiation.slug = "atomicity-check";
    broken.parties = [];
    broken.issues = seed.issues.slice(0, 1);
    broken.events = [];
    broken.commitments = [];
    broken.positions = [{ ...seed.positions[0]!, id: "atomicity-check-1", issue: broken.issues[0]!.slug, event: null, terms: null }];
    const revisions = await db.revision.count();
    await expect(loadSeed(db, broken)).rejects.toThrow(/unknown party/);
    expect(await db.negotiation.findUnique({ where: { slug: "atomicity-check" } })).toBeNull();
    expect(await db.revision.count()).toBe(revisions);
  });
});
