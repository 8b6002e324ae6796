// The E3 mark-up given the point count its numbering runs to
// (prisma/data-migrations/20261208000000_mark_up_point_count.ts), on a database of its own
// holding just the plan as the earlier seed left it (no count): migrated, it has the count,
// with a revision saying why; it runs once; and a count an editor set is left alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { createDb, type Db } from "@/lib/db/client";
import { dataMigrations } from "@/prisma/data-migrations";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";

const MIGRATION = "20261208000000_mark_up_point_count";
const PLAN = "e3-counterproposal-2025-11-23";

let database: EmptyDatabase;
let client: Db;
beforeAll(async () => {
  database = await createEmptyDatabase("mark_up_point_count");
  client = createDb(database.url);
  const negotiation = await client.negotiation.create({ data: { slug: "russia-ukraine", title: "Talks", summary: "Fixture." } });
  await client.plan.create({
    data: { id: PLAN, negotiationId: negotiation.id, title: "A mark-up", date: new Date("2025-11-23"), status: "superseded", summary: "Fixture.", pointCount: null },
  });
}, 120_000);
afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

const pointCount = async () => (await client.plan.findUniqueOrThrow({ where: { id: PLAN }, select: { pointCount: true } })).pointCount;

describe("the data migration of the mark-up's point count", () => {
  it("sets the count its numbering runs to, with a revision saying why, and runs once", async () => {
    const outcomes = await runDataMigrations(client, dataMigrations);
    expect(outcomes.find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: true, changed: 1 });
    expect(await pointCount()).toBe(28);
    const revision = await client.revision.findFirstOrThrow({ where: { entityType: "plan", entityId: PLAN } });
    expect(revision.actorLabel).toBe("Parley data migration");
    expect(revision.note).toMatch(/^Point count set to 28: the mark-up keeps the numbering/);
    expect([(revision.before as { pointCount: unknown }).pointCount, (revision.after as { pointCount: unknown }).pointCount]).toEqual([null, 28]);

    const revisions = await client.revision.count();
    expect((await runDataMigrations(client, dataMigrations)).find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: false, changed: 0 });
    expect(await client.revision.count()).toBe(revisions);
  });

  it("leaves a count an editor set alone", async () => {
    await client.plan.update({ where: { id: PLAN }, data: { pointCount: 27 } });
    await client.dataMigration.deleteMany({ where: { name: MIGRATION } });
    const revisions = await client.revision.count();
    expect((await runDataMigrations(client, dataMigrations)).find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: true, changed: 0 });
    expect(await pointCount()).toBe(27);
    expect(await client.revision.count()).toBe(revisions);
  });
});
