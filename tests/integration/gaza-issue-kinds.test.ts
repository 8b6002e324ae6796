// The Gaza issues given newer kinds (prisma/data-migrations/20261206000000_gaza_issue_kinds.ts).
//
// Compare classes: on a database seeded afresh, every pair of parties on those issues, today
// and on the statement dates it lists, gets the class pinned in
// tests/fixtures/gaza-new-kinds-classes.json (pairs not listed are unknown). The pin was
// written from the engine, then checked by hand against the records: the pairs asserted one
// by one below say why, record by record. It runs on whichever engine DATABASE_URL names, so
// the suite checks both give the same classes.
//
// Migration: the same database put back as the earlier seed left it (these issues general,
// their positions uncoded) and migrated gives the seed's kinds and codings, a revision per
// changed record, leaves an editor's own coding alone, and runs once.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { dataMigrations } from "@/prisma/data-migrations";
import asStated from "@/prisma/data-migrations/20261219000000_gaza_terms_as_stated.json";
import { readBundledSeed } from "../support/seed-file";
import { comparisonClasses } from "../support/comparison-classes";

type Pinned = { negotiation: string; issues: string[]; dates: string[]; classes: Record<string, string> };
const pinned = JSON.parse(readFileSync("tests/fixtures/gaza-new-kinds-classes.json", "utf8")) as Pinned;
const MIGRATION = "20261206000000_gaza_issue_kinds";
// The later migration that codes as stated what this one's copy coded beyond its record.
const CORRECTION = "20261219000000_gaza_terms_as_stated";
const seed = readBundledSeed("israel-hamas-gaza");
const rekinded = seed.issues.filter((i) => pinned.issues.includes(i.slug));
const coded = seed.positions.filter((p) => pinned.issues.includes(p.issue) && p.terms);
const PAIRS = (seed.parties.length * (seed.parties.length - 1)) / 2;
// A position an editor coded before the migration ran: it keeps the editor's terms.
const EDITED = "us-2025-ghf-backing";
const corrected = asStated.positions.map((p) => p.id).filter((id) => id !== EDITED && coded.some((c) => c.id === id));

// A database seeded afresh, of this file's own (tests/support/own-database.ts).
const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("gaza_kinds", "seeded"));
const client = db;
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

async function classesNow(): Promise<Record<string, string>> {
  const all = await comparisonClasses(pinned.negotiation, pinned.issues, pinned.dates);
  expect(Object.keys(all).length).toBe(PAIRS * pinned.issues.length * (pinned.dates.length + 1));
  return Object.fromEntries(Object.entries(all).filter(([, c]) => c !== "unknown"));
}

/** The classes checked by hand, each against the two records it compares. */
const handChecked: [pair: string, cls: string][] = [
  // Israel's il-2025-phase-one-exchange and the US's us-2025-20pt-ceasefire-hostages: all
  // hostages, living and dead, for 250 life-sentence prisoners and 1,700 Gaza detainees
  // (1,950), both as fixed numbers and the same groups.
  ["2025-10-10|hostages-prisoners|israel~united-states", "aligned"],
  // Israel's il-2025-phase-one-exchange against Hamas's hamas-2025-oct9-exchange-terms: the
  // same all hostages, but Hamas adds all detained women and children, uncounted, to
  // Israel's 1,950, so gives no number of its own.
  ["today|hostages-prisoners|israel~hamas", "partly-aligned"],
  // Before the October deal: Hamas wants all hostages freed at once in one package
  // (hamas-2025-apr17-rejects-partial-deals-disarm), Egypt's proposal frees five
  // (egypt-2025-mar24-five-hostages-proposal): both swap, in different amounts.
  ["2025-05-28|hostages-prisoners|hamas~egypt", "partly-aligned"],
  // Israel lets the Gaza Humanitarian Foundation distribute food (il-2025-ghf-aid); Hamas
  // calls it completely unacceptable and wants UN distribution (hamas-2025-may-rejects-ghf).
  ["2025-05-28|humanitarian-aid|israel~hamas", "opposed"],
  // Hamas (hamas-2025-may-rejects-ghf) and the UN (un-2025-reject-ghf-model) both want the
  // United Nations to distribute aid.
  ["2025-05-28|humanitarian-aid|hamas~united-nations", "aligned"],
  // Now Hamas asks for large-scale access at once through every crossing
  // (hamas-2025-nov17-aid-via-palestinian-institutions), the UN for the 600 trucks a day the
  // deal set and more crossings (un-2025-aid-600-trucks-not-met): both let aid in, one
  // without limits, one more than now.
  ["today|humanitarian-aid|hamas~united-nations", "partly-aligned"],
  // Turkey (turkey-2024-may-trade-halt-until-aid: aid without interruption) and Hamas both
  // want unimpeded access.
  ["today|humanitarian-aid|hamas~turkey", "aligned"],
  // Israel will veto contributors and opposes Turkish troops (il-2025-isf-veto); Turkey wants
  // to take part (turkey-2025-dec6-isf-separate-parties).
  ["today|security-force|israel~turkey", "opposed"],
  // The PA would invite the force (pa-2025-macron-letter-stabilisation-mission), Israel would
  // decide which forces are acceptable (il-2025-isf-veto): different parties approve it.
  ["2025-10-27|security-force|israel~palestinian-authority", "opposed"],
  // Resolution 2803 gives the force the disarming of armed groups (un-2025-unsc-2803-isf);
  // Hamas refuses any disarmament role (hamas-2025-dec7-un-force-near-borders).
  ["today|security-force|hamas~united-nations", "opposed"],
  // The US's resolution (us-2025-unsc-2803) and the UN's record of it (un-2025-unsc-2803-isf):
  // a stabilisation force in Gaza under a Security Council mandate.
  ["today|security-force|united-states~united-nations", "aligned"],
  // Both want a monitoring force, Hamas near Gaza's borders (hamas-2025-dec7-un-force-near-borders),
  // Egypt along the yellow line (egypt-2025-dec6-isf-on-yellow-line): different places.
  ["today|security-force|hamas~egypt", "partly-aligned"],
  // Israel wants Hamas disarmed as part of phase two (il-2025-phase-two-conditions); Hamas
  // hands weapons only to a Palestinian state once it exists (hamas-2026-feb-weapons-only-to-state).
  ["today|disarmament|israel~hamas", "opposed"],
  // The PA (pa-2025-macron-letter-disarm-hamas) and the Arab states' New York Declaration
  // (arab-2025-ny-declaration-disarm): all Hamas's weapons handed to the Palestinian Authority.
  ["today|disarmament|palestinian-authority~arab-states", "aligned"],
  // Both want the weapons handed over, Hamas to a future state, the EU to the Palestinian
  // Authority (eu-2025-ny-declaration-disarm).
  ["today|disarmament|hamas~european-union", "partly-aligned"],
  // Egypt's reported draft freezes Hamas's military capacity (egypt-2025-aug-freeze-hamas-military-capacity);
  // the PA wants the weapons handed over.
  ["today|disarmament|egypt~palestinian-authority", "opposed"],
  // Israel wants an administration that is neither Hamas nor the PA (il-2025-five-principles-governance);
  // the PA is ready to take full responsibility in Gaza (pa-2025-welcome-unsc-2803).
  ["2025-12-31|governance|israel~palestinian-authority", "opposed"],
  // Hamas rejects the Board of Peace (hamas-2025-nov17-rejects-trusteeship); the US puts the
  // Palestinian committee under it (us-2026-board-of-peace).
  ["today|governance|hamas~united-states", "opposed"],
  // The US (us-2026-board-of-peace) and resolution 2803 (un-2025-unsc-2803-board-of-peace): a
  // Palestinian committee runs Gaza under the Board of Peace.
  ["today|governance|united-states~united-nations", "aligned"],
  // The Cairo plan (arab-2025-cairo-plan-governance) and the US: the same committee, overseen
  // by the Palestinian Authority in one, by the Board of Peace in the other.
  ["today|governance|united-states~arab-states", "partly-aligned"],
  // Israel rejects the Cairo plan (il-2025-cairo-plan-rejected) that Hamas welcomes
  // (hamas-2025-mar-welcomes-cairo-plan).
  ["2025-03-05|reconstruction|israel~hamas", "opposed"],
  // Hamas's $53 billion (the Cairo plan) and the UN's assessment of $53.2 billion
  // (un-2025-irdna-reconstruction-needs): the same figure, within 5%.
  ["today|reconstruction|hamas~united-nations", "aligned"],
  // Qatar has Israel pay (qatar-2025-dec7-wont-fund-reconstruction), the Gulf states offer to
  // pay themselves (arab-2025-gulf-funding-conditions).
  ["today|reconstruction|qatar~arab-states", "partly-aligned"],
  // "No Palestinian state west of the Jordan" (il-2025-statehood-never) against the Saudi
  // demand for one on the 1967 lines (arab-2025-saudi-statehood-before-normalisation).
  ["today|statehood|israel~arab-states", "opposed"],
  // Both support a state; the PA wants it non-militarised (pa-2025-welcome-20-point-plan),
  // Hamas's fighters would become its army (hamas-2024-apr24-state-then-disarm).
  ["today|statehood|hamas~palestinian-authority", "opposed"],
  // The US plan (us-2025-20pt-statehood) and resolution 2803 (un-2025-unsc-2803-statehood-pathway):
  // a pathway only on conditions, PA reform in both, progress in reconstruction in one.
  ["today|statehood|united-states~united-nations", "partly-aligned"],
  // The US signed the Sharm el-Sheikh declaration with Egypt, Qatar and Turkey as guarantors
  // (us-2025-sharm-guarantor), as Qatar did (qatar-2025-oct13-guarantor-declaration).
  ["today|guarantees|united-states~qatar", "aligned"],
  // Israel will "finish the job" if Hamas breaks the deal (il-2025-finish-the-job); Hamas
  // takes the guarantees as binding Israel not to resume the war
  // (hamas-2025-oct9-us-guarantees-war-ended): each wants the other bound.
  ["today|guarantees|israel~hamas", "opposed"],
];

describe("the Gaza issues given newer kinds", () => {
  it("class every pair as pinned, and as checked by hand", async () => {
    const now = await classesNow();
    for (const [pair, cls] of handChecked) expect(now[pair], pair).toBe(cls);
    expect(now).toEqual(pinned.classes);
  }, 120_000);

  it("are given their kinds and codings by the data migration on a database the earlier seed left", async () => {
    const negotiation = { slug: pinned.negotiation };
    await client.issue.updateMany({ where: { negotiation, slug: { in: pinned.issues } }, data: { kind: "general" } });
    await client.position.updateMany({ where: { id: { in: coded.map((p) => p.id) } }, data: { terms: Prisma.DbNull, termsConfidence: null, termsNote: null } });
    const editors = { distributor: "A coalition of aid groups" };
    await client.position.update({ where: { id: EDITED }, data: { terms: editors } });
    await client.dataMigration.deleteMany({ where: { name: { in: [MIGRATION, CORRECTION] } } });
    const revisionsBefore = await client.revision.count();

    const outcomes = await runDataMigrations(client, dataMigrations);
    expect(outcomes.find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: true, changed: rekinded.length + coded.length - 1 });
    expect(corrected).toEqual(["hamas-2025-oct9-exchange-terms"]);
    expect(outcomes.find((o) => o.name === CORRECTION)).toMatchObject({ ranNow: true, changed: corrected.length });

    const issues = await client.issue.findMany({ where: { negotiation, slug: { in: pinned.issues } }, select: { slug: true, kind: true } });
    expect(Object.fromEntries(issues.map((i) => [i.slug, i.kind]))).toEqual(Object.fromEntries(rekinded.map((i) => [i.slug, i.kind])));
    const positions = await client.position.findMany({
      where: { id: { in: coded.map((p) => p.id) } },
      select: { id: true, terms: true, termsConfidence: true, termsNote: true },
    });
    expect(positions).toHaveLength(coded.length);
    for (const p of positions) {
      const want = coded.find((c) => c.id === p.id)!;
      if (p.id === EDITED) expect(p.terms).toEqual(editors);
      else expect({ ...p, id: undefined }, p.id).toEqual({ id: undefined, terms: want.terms, termsConfidence: want.termsConfidence, termsNote: want.termsNote });
    }
    // A revision per changed record, saying why, and one more for each coding the correction
    // then codes as stated; the seed wrote only creations.
    expect(await client.revision.count()).toBe(revisionsBefore + rekinded.length + coded.length - 1 + corrected.length);
    const updates = await client.revision.findMany({ where: { action: "update", entityType: { in: ["issue", "position"] } } });
    const issueIds = new Set((await client.issue.findMany({ where: { negotiation }, select: { id: true } })).map((i) => i.id));
    expect(updates.filter((r) => r.entityType === "issue" && issueIds.has(r.entityId)).map((r) => (r.after as { kind: string }).kind).sort()).toEqual(
      rekinded.map((i) => i.kind).sort(),
    );
    expect(updates.filter((r) => r.entityType === "position" && coded.some((c) => c.id === r.entityId)).map((r) => r.entityId).sort()).toEqual(
      [...coded.map((p) => p.id).filter((id) => id !== EDITED), ...corrected].sort(),
    );
    expect(updates.every((r) => r.note && r.actorLabel)).toBe(true);

    // Runs once.
    const after = await client.revision.count();
    expect((await runDataMigrations(client, dataMigrations)).find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: false, changed: 0 });
    expect(await client.revision.count()).toBe(after);
  }, 120_000);

  it("leave an issue an editor gave another kind alone", async () => {
    const negotiation = { slug: pinned.negotiation };
    const issue = rekinded[0]!;
    const other = rekinded[1]!;
    // An editor gave the first issue another kind before the migration ran; the second is
    // as the earlier seed left it.
    await client.issue.updateMany({ where: { negotiation, slug: issue.slug }, data: { kind: "ceasefire" } });
    await client.issue.updateMany({ where: { negotiation, slug: other.slug }, data: { kind: "general" } });
    const otherCoded = coded.filter((p) => p.issue === other.slug);
    await client.position.updateMany({ where: { id: { in: otherCoded.map((p) => p.id) } }, data: { terms: Prisma.DbNull, termsConfidence: null, termsNote: null } });
    await client.dataMigration.deleteMany({ where: { name: MIGRATION } });

    const outcomes = await runDataMigrations(client, dataMigrations);
    expect(outcomes.find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: true, changed: 1 + otherCoded.length });
    expect((await client.issue.findFirst({ where: { negotiation, slug: issue.slug } }))?.kind).toBe("ceasefire");
    expect((await client.issue.findFirst({ where: { negotiation, slug: other.slug } }))?.kind).toBe(other.kind);
  }, 120_000);

  it("compare the same once migrated as when seeded afresh, apart from the editor's coding", async () => {
    const negotiation = { slug: pinned.negotiation };
    await client.issue.updateMany({ where: { negotiation, slug: rekinded[0]!.slug }, data: { kind: rekinded[0]!.kind } });
    const edited = coded.find((p) => p.id === EDITED)!;
    await client.position.update({ where: { id: EDITED }, data: { terms: edited.terms as object } });
    expect(await classesNow()).toEqual(pinned.classes);
  }, 120_000);
});
