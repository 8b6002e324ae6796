// The six Russia–Ukraine issues given newer kinds (prisma/data-migrations/20261205000000_new_issue_kinds.ts).
//
// Compare classes: on a database seeded afresh, every pair of parties on those issues, today
// and on two statement dates, gets the class pinned in
// tests/fixtures/russia-ukraine-new-kinds-classes.json (pairs not listed are unknown). The
// pin was written from the engine, then checked by hand against the records: the pairs
// asserted one by one below say why, record by record. It runs on whichever engine
// DATABASE_URL names, so the suite checks both give the same classes.
//
// Migration: the same database put back as the earlier seed left it (the six issues
// general, their positions uncoded) and migrated gives the seed's kinds and codings, a
// revision per changed record, leaves an editor's own coding alone, and runs once.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { dataMigrations } from "@/prisma/data-migrations";
import { readBundledSeed } from "../support/seed-file";
import { comparisonClasses } from "../support/comparison-classes";

type Pinned = { negotiation: string; issues: string[]; dates: string[]; classes: Record<string, string> };
const pinned = JSON.parse(readFileSync("tests/fixtures/russia-ukraine-new-kinds-classes.json", "utf8")) as Pinned;
const MIGRATION = "20261205000000_new_issue_kinds";
const seed = readBundledSeed();
const rekinded = seed.issues.filter((i) => pinned.issues.includes(i.slug));
const coded = seed.positions.filter((p) => pinned.issues.includes(p.issue));

// A database seeded afresh, of this file's own (tests/support/own-database.ts).
const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("new_kinds", "seeded"));
const client = db;
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

async function classesNow(): Promise<Record<string, string>> {
  const all = await comparisonClasses(pinned.negotiation, pinned.issues, pinned.dates);
  expect(Object.keys(all).length).toBe(66 * pinned.issues.length * (pinned.dates.length + 1));
  return Object.fromEntries(Object.entries(all).filter(([, c]) => c !== "unknown"));
}

/** The classes checked by hand, each against the two records it compares. */
const handChecked: [pair: string, cls: string][] = [
  // Russia's ru-2025-foreign-troops-targets (foreign troops are "legitimate targets",
  // "unacceptable in any form") against the UK's uk-2025-troops (British troops on the ground
  // after a deal): one refuses what the other offers.
  ["today|security-guarantees|russia~united-kingdom", "opposed"],
  // Ukraine's ua-2025-20pt-guarantees (Article 5-like, US and Europe, 30-50 years asked) and
  // the US's us-2025-15-years (US and Europe, 15 years): the same guarantors, different lengths.
  ["today|security-guarantees|ukraine~united-states", "partly-aligned"],
  // On 16 May 2025 Ukraine's ua-2025-london-guarantees names the US among the guarantors; the
  // US's us-2025-framework-guarantees says its text does not bind the US: a contradiction.
  ["2025-05-16|security-guarantees|ukraine~united-states", "opposed"],
  // Russia's ru-2025-blacksea (sanctions relief at the Black Sea truce) against the EU's
  // eu-2025-sanctions-withdrawal (relief only after all Russian forces leave): the EU withholds
  // what Russia asks for up front.
  ["2025-03-28|sanctions|russia~european-union", "opposed"],
  // Russia's ru-2025-memo-sanctions (all sanctions lifted) against the European leaders'
  // eur-2025-kyiv-sanctions (tighter sanctions if Russia refuses the truce).
  ["today|sanctions|russia~european-powers", "opposed"],
  // Russia's ru-2025-jul-humanitarian (1,200 for 1,200, bodies, civilians proposed) against
  // Ukraine's ua-2025-memo-humanitarian (all for all, children, civilians): both swap, in
  // different ways and with different groups, so partly, not opposed.
  ["today|humanitarian|russia~ukraine", "partly-aligned"],
  // Putin did not come to Istanbul (ru-2025-may16-delegation) while Zelensky waited for him
  // there (ua-2025-may11-personal).
  ["2025-05-16|leaders-meeting|russia~ukraine", "opposed"],
  // Later Russia wants a leaders' meeting only to sign a finished text (ru-2025-jul-leaders),
  // Ukraine wants one by August (ua-2025-july-leaders): both accept it, one on a condition.
  ["today|leaders-meeting|russia~ukraine", "partly-aligned"],
  // The US (us-2025-aug18-trilateral) and Turkey (tr-2025-june-leaders) both want a leaders'
  // meeting of Ukraine, Russia and the US.
  ["today|leaders-meeting|united-states~turkey", "aligned"],
  // Russia (ru-2025-nov27-legitimacy: elections after any agreement) and the US
  // (us-2025-28pt-elections: within 100 days of the agreement) put elections after the
  // settlement; Ukraine (ua-2025-elections-60-90) after a ceasefire.
  ["today|elections-legitimacy|russia~united-states", "aligned"],
  ["today|elections-legitimacy|russia~ukraine", "partly-aligned"],
  // Russia "never objected" to Ukraine joining the EU (ru-2025-eu-sep); Ukraine's framework
  // sets a path to membership (ua-2025-20pt-eu).
  ["today|eu-membership|russia~ukraine", "aligned"],
];

describe("the issues given newer kinds", () => {
  it("class every pair as pinned, and as checked by hand", async () => {
    const now = await classesNow();
    for (const [pair, cls] of handChecked) expect(now[pair], pair).toBe(cls);
    expect(now).toEqual(pinned.classes);
  }, 120_000);

  it("are given their kinds and codings by the data migration on a database the earlier seed left", async () => {
    // As the earlier seed left it: the six issues general, their positions uncoded — except
    // one an editor coded meanwhile, which the migration must leave as it is.
    await client.issue.updateMany({ where: { slug: { in: pinned.issues } }, data: { kind: "general" } });
    await client.position.updateMany({ where: { id: { in: coded.map((p) => p.id) } }, data: { terms: Prisma.DbNull, termsConfidence: null, termsNote: null } });
    const editors = { timing: "before-settlement" };
    await client.position.update({ where: { id: "ru-2025-memo-elections" }, data: { terms: editors } });
    await client.dataMigration.deleteMany({ where: { name: MIGRATION } });
    const revisionsBefore = await client.revision.count();

    const outcomes = await runDataMigrations(client, dataMigrations);
    expect(outcomes.find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: true, changed: rekinded.length + coded.length - 1 });

    const issues = await client.issue.findMany({ where: { slug: { in: pinned.issues } }, select: { slug: true, kind: true } });
    expect(Object.fromEntries(issues.map((i) => [i.slug, i.kind]))).toEqual(Object.fromEntries(rekinded.map((i) => [i.slug, i.kind])));
    const positions = await client.position.findMany({
      where: { id: { in: coded.map((p) => p.id) } },
      select: { id: true, terms: true, termsConfidence: true, termsNote: true },
    });
    for (const p of positions) {
      const want = coded.find((c) => c.id === p.id)!;
      if (p.id === "ru-2025-memo-elections") expect(p.terms).toEqual(editors);
      else expect({ ...p, id: undefined }, p.id).toEqual({ id: undefined, terms: want.terms, termsConfidence: want.termsConfidence, termsNote: want.termsNote });
    }
    // A revision per changed record, saying why; the seed wrote only creations.
    expect(await client.revision.count()).toBe(revisionsBefore + rekinded.length + coded.length - 1);
    const updates = await client.revision.findMany({ where: { action: "update", entityType: { in: ["issue", "position"] } } });
    expect(updates.filter((r) => r.entityType === "issue").map((r) => (r.after as { kind: string }).kind).sort()).toEqual(rekinded.map((i) => i.kind).sort());
    expect(updates.filter((r) => r.entityType === "position").map((r) => r.entityId).sort()).toEqual(
      coded.map((p) => p.id).filter((id) => id !== "ru-2025-memo-elections").sort(),
    );
    expect(updates.every((r) => r.note && r.actorLabel)).toBe(true);

    // Runs once.
    const after = await client.revision.count();
    expect((await runDataMigrations(client, dataMigrations)).find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: false, changed: 0 });
    expect(await client.revision.count()).toBe(after);
  }, 120_000);

  it("compare the same once migrated as when seeded afresh, apart from the editor's coding", async () => {
    // The editor's coding is of a statement superseded before any date compared here, and
    // of the issue's current statements none: restore the seed's to compare like for like.
    const memo = coded.find((p) => p.id === "ru-2025-memo-elections")!;
    await client.position.update({ where: { id: memo.id }, data: { terms: memo.terms as object } });
    expect(await classesNow()).toEqual(pinned.classes);
  }, 120_000);
});
