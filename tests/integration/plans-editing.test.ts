// Plans and their points through the domain functions: what the writers refuse (a plan
// revising one of another negotiation or itself, a point mapped outside the previous
// version, numbers twice), the points editor's save (all or nothing, numbers swapped in one
// save, a stale or missing point a conflict), and positions citing points.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { savePlanPoints } from "@/lib/plan-points/save-plan-points";
import { updatePlanPoint } from "@/lib/plan-points/update-plan-point";
import { toPlanPointInput } from "@/lib/plan-points/plan-point-input";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlanPage } from "@/lib/plans/get-plan-page";
import { toPlanInput } from "@/lib/plans/plan-input";
import { updatePlan } from "@/lib/plans/update-plan";
import { createPosition } from "@/lib/positions/create-position";
import { getPosition } from "@/lib/positions/get-position";
import { toPositionInput } from "@/lib/positions/position-input";
import { updatePosition } from "@/lib/positions/update-position";
import { retractPlan } from "@/lib/plans/retract-plan";
import { appError, editor, newParty, positionFields, revisionsOf, seeded, unique } from "../support/editing";
import { planFields } from "../support/editing-entities";

afterAll(() => db.$disconnect());

let ceasefire: string;
let territory: string;
beforeAll(async () => {
  const s = await seeded();
  ceasefire = s.ceasefire.id;
  territory = s.territory.id;
});

const point = (planId: string, number: string, overrides: Record<string, unknown> = {}) => ({
  planId, number, numberPrinted: true, order: (Number.parseInt(number, 10) || 1) - 1, summary: `Point ${number} of a fixture plan.`,
  issueIds: [ceasefire], revisesId: null, change: null, changeNote: null, ...overrides,
});

/** A plan of the seeded negotiation with points numbered 1…n, and a later plan revising it. */
async function family(n = 3) {
  const earlier = await createPlan({ input: await planFields(), actor: editor });
  const points = [];
  for (let i = 1; i <= n; i++) points.push(await createPlanPoint({ input: point(earlier.id, String(i)), actor: editor }));
  const later = await createPlan({ input: await planFields({ previousVersionId: earlier.id }), actor: editor });
  return { earlier, points, later };
}

const row = (p: { id: string; version: number } & Record<string, unknown>, changes: Record<string, unknown> = {}) => {
  const { planId: _p, order: _o, ...fields } = toPlanPointInput(p as never);
  return { ...fields, id: p.id, version: p.version, ...changes };
};

describe("the plan writer", () => {
  it("refuses a previous version of another negotiation, and a plan revising itself or a later version", async () => {
    const party = await newParty();
    const other = await createNegotiation({ input: { slug: unique("talks"), title: "Other talks", summary: "Elsewhere.", status: "active", parties: [{ partyId: party.id, role: null }] }, actor: editor });
    const elsewhere = await createPlan({ input: await planFields({ negotiationId: other.id }), actor: editor });
    const error = await appError(createPlan({ input: await planFields({ previousVersionId: elsewhere.id }), actor: editor }), "validation");
    expect(error.details.fieldErrors?.previousVersionId?.[0]).toMatch(/another negotiation/);

    const { earlier, later } = await family(1);
    const loop = await appError(updatePlan({ id: earlier.id, version: earlier.version, input: { ...toPlanInput(earlier), previousVersionId: later.id }, actor: editor }), "validation");
    expect(loop.details.fieldErrors?.previousVersionId?.[0]).toMatch(/cannot revise itself/);
  });

  it("refuses a new previous version while points map to the old one, and dropped points of another plan", async () => {
    const { earlier, points, later } = await family(2);
    await createPlanPoint({ input: point(later.id, "1", { revisesId: points[0]!.id, change: "kept" }), actor: editor });
    const another = await createPlan({ input: await planFields(), actor: editor });
    const moved = await appError(updatePlan({ id: later.id, version: later.version, input: { ...toPlanInput(later), previousVersionId: another.id }, actor: editor }), "validation");
    expect(moved.details.fieldErrors?.previousVersionId?.[0]).toMatch(/1 point of this plan revises a point/);

    const alien = await createPlanPoint({ input: point(another.id, "9"), actor: editor });
    const dropped = await appError(
      updatePlan({ id: later.id, version: later.version, input: { ...toPlanInput(later), droppedPoints: [{ pointId: alien.id, note: null }] }, actor: editor }),
      "validation",
    );
    expect(dropped.details.fieldErrors?.["droppedPoints.0.pointId"]?.[0]).toMatch(/point of the previous version/);
    const saved = await updatePlan({ id: later.id, version: later.version, input: { ...toPlanInput(later), droppedPoints: [{ pointId: points[1]!.id, note: "Left out." }] }, actor: editor });
    expect(saved.droppedPoints).toEqual([{ pointId: points[1]!.id, note: "Left out." }]);
    expect(earlier.id).not.toBe(later.id);
  });
});

describe("a point carried on is not dropped", () => {
  it("the plan refuses to drop a point one of its points revises, and a point refuses to revise one the plan dropped", async () => {
    const { points, later } = await family(2);
    const carried = await createPlanPoint({ input: point(later.id, "1", { revisesId: points[0]!.id, change: "changed" }), actor: editor });
    const refused = await appError(
      updatePlan({ id: later.id, version: later.version, input: { ...toPlanInput(later), droppedPoints: [{ pointId: points[0]!.id, note: null }] }, actor: editor }),
      "validation",
    );
    expect(refused.details.fieldErrors?.["droppedPoints.0.pointId"]).toEqual(["Point 1 of this plan revises this point, so it was carried on, not dropped"]);
    expect(await revisionsOf(later.id)).toHaveLength(1);

    const dropping = await updatePlan({ id: later.id, version: later.version, input: { ...toPlanInput(later), droppedPoints: [{ pointId: points[1]!.id, note: null }] }, actor: editor });
    const revising = await appError(
      updatePlanPoint({ id: carried.id, version: carried.version, input: { ...toPlanPointInput(carried as never), revisesId: points[1]!.id }, actor: editor }),
      "validation",
    );
    expect(revising.details.fieldErrors?.revisesId).toEqual(["The plan lists this point as dropped: take it off the plan's dropped points first, or choose another"]);
    expect(dropping.droppedPoints).toEqual([{ pointId: points[1]!.id, note: null }]);
  });
});

describe("the point writer", () => {
  it("maps a point only to a point of the previous version, with a verdict, and an issue of the plan's negotiation", async () => {
    const { points, later } = await family(1);
    const stray = (await family(1)).points[0]!;
    const outside = await appError(createPlanPoint({ input: point(later.id, "1", { revisesId: stray.id, change: "kept" }), actor: editor }), "validation");
    expect(outside.details.fieldErrors?.revisesId?.[0]).toMatch(/the plan this one revises/);
    const verdict = await appError(createPlanPoint({ input: point(later.id, "1", { revisesId: points[0]!.id }), actor: editor }), "validation");
    expect(verdict.details.fieldErrors?.change?.[0]).toMatch(/keeps or changes/);

    const party = await newParty();
    const other = await createNegotiation({ input: { slug: unique("talks"), title: "Other talks", summary: "Elsewhere.", status: "active", parties: [{ partyId: party.id, role: null }] }, actor: editor });
    const foreignIssue = await db.issue.create({ data: { negotiationId: other.id, slug: "elsewhere", name: "Elsewhere", description: "Elsewhere." } });
    const issue = await appError(createPlanPoint({ input: point(later.id, "1", { issueIds: [foreignIssue.id] }), actor: editor }), "validation");
    expect(issue.details.fieldErrors?.["issueIds.0"]?.[0]).toMatch(/another negotiation/);
  });

  it("refuses a number another point of the plan has, as it reads in a link", async () => {
    const { earlier } = await family(1);
    await createPlanPoint({ input: point(earlier.id, "4a"), actor: editor });
    const error = await appError(createPlanPoint({ input: point(earlier.id, "4A"), actor: editor }), "validation");
    expect(error.details.fieldErrors?.number?.[0]).toMatch(/already numbered “4A”/);
  });

  // The forms send a point's issues in the negotiation's order of issues, which need not be
  // the order stored (the seed's, an API client's): a save of the same issues is no change.
  it("records no change when the same issues come in another order, in its form or in the points editor", async () => {
    const { earlier } = await family(0);
    const p = await createPlanPoint({ input: point(earlier.id, "1", { issueIds: [territory, ceasefire] }), actor: editor });
    const same = await updatePlanPoint({ id: p.id, version: p.version, input: { ...toPlanPointInput(p), issueIds: [ceasefire, territory] }, actor: editor });
    expect(same.version).toBe(p.version);
    await savePlanPoints({ input: { planId: earlier.id, points: [row(p, { issueIds: [ceasefire, territory] })] }, actor: editor });
    expect((await revisionsOf(p.id)).map((r) => r.action)).toEqual(["create"]);

    const edited = await updatePlanPoint({ id: p.id, version: p.version, input: { ...toPlanPointInput(p), summary: "Reworded.", issueIds: [ceasefire, territory] }, actor: editor });
    expect(edited.issueIds).toEqual([territory, ceasefire]);
    const dropped = await updatePlanPoint({ id: p.id, version: edited.version, input: { ...toPlanPointInput(edited), issueIds: [ceasefire] }, actor: editor });
    expect(dropped.issueIds).toEqual([ceasefire]);
  });
});

describe("saving a plan's points at once", () => {
  it("adds, changes, reorders and renumbers in one transaction, each point with its revision", async () => {
    const { earlier, points } = await family(3);
    const result = await savePlanPoints({
      input: {
        planId: earlier.id,
        points: [
          row(points[1]!, { number: "1" }),
          row(points[0]!, { number: "2", summary: "Now second." }),
          row(points[2]!),
          { number: "4", numberPrinted: true, summary: "A new fourth point.", issueIds: [territory], revisesId: null, change: null, changeNote: null, id: null, version: null },
        ],
      },
      actor: editor,
      note: "Reordered from the official text",
    });
    expect(result.points).toHaveLength(4);
    const stored = await db.planPoint.findMany({ where: { planId: earlier.id }, orderBy: { order: "asc" }, select: { id: true, number: true, summary: true, version: true } });
    expect(stored.map((p) => [p.id === points[1]!.id, p.number])).toEqual([[true, "1"], [false, "2"], [false, "3"], [false, "4"]]);
    expect(stored[1]).toMatchObject({ id: points[0]!.id, summary: "Now second.", version: 2 });
    // The third point keeps its place and everything else: no revision.
    expect((await revisionsOf(points[2]!.id)).map((r) => r.action)).toEqual(["create"]);
    expect((await revisionsOf(points[0]!.id)).map((r) => [r.action, r.note])).toEqual([["create", null], ["update", "Reordered from the official text"]]);
  });

  it("writes nothing when a row is wrong, and names the row", async () => {
    const { earlier, points } = await family(2);
    const error = await appError(
      savePlanPoints({ input: { planId: earlier.id, points: [row(points[0]!, { summary: "Changed." }), row(points[1]!, { number: "1" })] }, actor: editor }),
      "validation",
    );
    expect(error.details.fieldErrors?.["points.1.number"]?.[0]).toMatch(/Row 1 already has the number/);
    const late = await appError(
      savePlanPoints({ input: { planId: earlier.id, points: [row(points[0]!, { summary: "Changed." }), row(points[1]!, { issueIds: ["no-such-issue"] })] }, actor: editor }),
      "validation",
    );
    expect(late.details.fieldErrors?.["points.1.issueIds.0"]?.[0]).toMatch(/no issue/);
    expect((await db.planPoint.findUniqueOrThrow({ where: { id: points[0]!.id } })).summary).toBe("Point 1 of a fixture plan.");
  });

  it("is a conflict carrying the points someone else changed or added since, and writes nothing", async () => {
    const { earlier, points } = await family(2);
    const theirs = await updatePlanPoint({ id: points[1]!.id, version: 1, input: { ...toPlanPointInput(points[1]!), summary: "Their change." }, actor: editor });
    const added = await createPlanPoint({ input: point(earlier.id, "3"), actor: editor });
    const error = await appError(
      savePlanPoints({ input: { planId: earlier.id, points: [row(points[0]!, { summary: "Mine." }), row(points[1]!, { summary: "Also mine." })] }, actor: editor }),
      "conflict",
    );
    const current = error.details.current as { changed: { id: string; version: number }[]; added: { id: string }[] };
    expect(current.changed.map((p) => [p.id, p.version])).toEqual([[theirs.id, 2]]);
    expect(current.added.map((p) => p.id)).toEqual([added.id]);
    expect((await db.planPoint.findUniqueOrThrow({ where: { id: points[0]!.id } })).summary).toBe("Point 1 of a fixture plan.");
  });

  it("is refused for a retracted plan", async () => {
    const { earlier, points } = await family(1);
    await retractPlan({ id: earlier.id, version: earlier.version, actor: editor });
    await appError(savePlanPoints({ input: { planId: earlier.id, points: [row(points[0]!)] }, actor: editor }), "conflict");
  });
});

describe("positions citing points", () => {
  it("keeps the points a position cites in its revisions, and the plan's page lists the position", async () => {
    const { points } = await family(2);
    const position = await createPosition({ input: await positionFields({ pointIds: [points[1]!.id] }), actor: editor });
    expect(position.pointIds).toEqual([points[1]!.id]);
    const changed = await updatePosition({ id: position.id, version: 1, input: { ...toPositionInput(position), pointIds: [points[0]!.id, points[1]!.id] }, actor: editor });
    const [, update] = await revisionsOf(position.id);
    expect((update!.before as { pointIds: string[] }).pointIds).toEqual([points[1]!.id]);
    expect((update!.after as { pointIds: string[] }).pointIds).toEqual([points[0]!.id, points[1]!.id]);
    expect(changed.version).toBe(2);
    expect((await getPosition({ id: position.id }))!.points.map((p) => p.id)).toEqual([points[0]!.id, points[1]!.id]);
    const page = (await getPlanPage({ id: points[1]!.planId }))!;
    expect(page.points.find((p) => p.id === points[1]!.id)!.citedBy.map((c) => c.id)).toEqual([position.id]);
  });

  it("refuses a point of a plan of another negotiation than the position's issue", async () => {
    const party = await newParty();
    const other = await createNegotiation({ input: { slug: unique("talks"), title: "Other talks", summary: "Elsewhere.", status: "active", parties: [{ partyId: party.id, role: null }] }, actor: editor });
    const plan = await createPlan({ input: await planFields({ negotiationId: other.id }), actor: editor });
    const foreign = await createPlanPoint({ input: point(plan.id, "1", { issueIds: [] }), actor: editor });
    const error = await appError(createPosition({ input: await positionFields({ pointIds: [foreign.id] }), actor: editor }), "validation");
    expect(error.details.fieldErrors?.["pointIds.0"]?.[0]).toMatch(/another negotiation/);
  });
});
