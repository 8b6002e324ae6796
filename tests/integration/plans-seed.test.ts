// The plans seed loads per negotiation: every plan of a negotiation the database holds is
// loaded with all its points, and the plans of a negotiation not seeded yet wait in the
// file — until that negotiation is seeded, when they load, their issue slugs checked
// against its issues. The second part builds, in an empty database, just enough of the
// Gaza negotiation (its slug, its twelve issue slugs and the two author parties) for its
// plans to land, as the Gaza seed will.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, db, type Db } from "@/lib/db/client";
import { loadPlanSeed, seededPointId } from "@/lib/seed/load-plan-seed";
import { planSeedFile } from "@/lib/seed/plan-seed-file";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";

const file = planSeedFile.parse(JSON.parse(readFileSync("prisma/seed/plans.json", "utf8")));
const GAZA = "israel-hamas-gaza";
// The Gaza negotiation's issues, as the reference data names them (its README).
const gazaIssues = ["ceasefire", "hostages-prisoners", "withdrawal", "disarmament", "governance", "security-force", "humanitarian-aid", "reconstruction", "displacement", "statehood", "guarantees", "format"];

let empty: EmptyDatabase;
let other: Db;
beforeAll(async () => {
  empty = await createEmptyDatabase("plans_seed");
  other = createDb(empty.url);
}, 120_000);
afterAll(async () => {
  await Promise.all([db.$disconnect(), other?.$disconnect()]);
  await empty?.drop();
});

describe("the plans seed in the database under test", () => {
  it("holds every plan of every seeded negotiation, with all its points, and none of the others", async () => {
    const seeded = new Set((await db.negotiation.findMany({ select: { slug: true } })).map((n) => n.slug));
    expect(seeded.has("russia-ukraine")).toBe(true);
    for (const plan of file.plans) {
      const row = await db.plan.findUnique({ where: { id: plan.id }, select: { negotiation: { select: { slug: true } }, _count: { select: { points: true } } } });
      if (!seeded.has(plan.negotiation)) {
        expect(row, `${plan.id} waits for ${plan.negotiation}`).toBeNull();
        continue;
      }
      expect(row?.negotiation.slug, plan.id).toBe(plan.negotiation);
      const ids = plan.points.map((p) => seededPointId(plan.id, p.number));
      expect(await db.planPoint.count({ where: { id: { in: ids }, planId: plan.id } }), plan.id).toBe(plan.points.length);
    }
    const russiaUkraine = file.plans.filter((p) => p.negotiation === "russia-ukraine");
    expect([russiaUkraine.length, russiaUkraine.reduce((n, p) => n + p.points.length, 0)]).toEqual([14, 160]);
  });

  it("keeps each point's mapping, gaps and dropped points as the file says", async () => {
    const point = await db.planPoint.findUniqueOrThrow({ where: { id: seededPointId("ua-us-20-point-framework-2025-12-23", "3") } });
    expect([point.revisesId, point.change]).toEqual([seededPointId("us-28-point-plan-2025-11", "5"), "kept"]);
    const unnumbered = await db.planPoint.findUniqueOrThrow({ where: { id: seededPointId("us-ua-geneva-framework-2025-11-23", "u1") } });
    expect(unnumbered.numberPrinted).toBe(false);
    expect(await db.planDroppedPoint.count({ where: { planId: "ua-us-20-point-framework-2025-12-23" } })).toBe(9);
    expect((await db.plan.findUniqueOrThrow({ where: { id: "ru-us-27-point-text-2025-12" } })).pointCount).toBe(27);
    // The E3 mark-up keeps the US draft's numbering, which runs to 28.
    expect((await db.plan.findUniqueOrThrow({ where: { id: "e3-counterproposal-2025-11-23" } })).pointCount).toBe(28);
  });
});

describe("the plans of a negotiation seeded later", () => {
  async function seedGaza(issues: string[]) {
    const negotiation = await other.negotiation.create({ data: { slug: GAZA, title: "Gaza talks", summary: "Fixture." } });
    for (const [order, slug] of issues.entries()) await other.issue.create({ data: { negotiationId: negotiation.id, slug, name: slug, description: slug, order } });
    for (const slug of ["united-states", "qatar"]) {
      await other.party.upsert({ where: { slug }, update: {}, create: { slug, name: slug, shortName: slug, kind: "state", colour: "#336699" } });
    }
    return negotiation;
  }

  it("refuses the file, naming the slug, when a plan names an issue the negotiation lacks; nothing is written", async () => {
    const negotiation = await seedGaza(gazaIssues.filter((slug) => slug !== "statehood"));
    await expect(loadPlanSeed(other, file)).rejects.toThrow(/has no issue “statehood”/);
    expect(await other.plan.count()).toBe(0);
    await other.issue.deleteMany({ where: { negotiationId: negotiation.id } });
    await other.negotiation.delete({ where: { id: negotiation.id } });
  });

  it("loads them once the negotiation is there, every issue slug known, and leaves the others waiting", async () => {
    await seedGaza(gazaIssues);
    const counts = await loadPlanSeed(other, file);
    const gaza = file.plans.filter((p) => p.negotiation === GAZA);
    expect(counts.plans.created).toBe(gaza.length);
    expect(counts.points.created).toBe(gaza.reduce((n, p) => n + p.points.length, 0));
    expect(counts.waiting).toEqual([{ negotiation: "russia-ukraine", plans: 14 }]);
    expect(await other.planPointIssue.count({ where: { point: { planId: { in: gaza.map((p) => p.id) } } } })).toBe(gaza.reduce((n, p) => n + p.points.reduce((m, q) => m + q.issues.length, 0), 0));
    const again = await loadPlanSeed(other, file);
    expect([again.plans.created, again.plans.existing]).toEqual([0, gaza.length]);
  });
});
