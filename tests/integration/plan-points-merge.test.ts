// Two editors in one plan's points editor: a save merges what someone else saved since the
// editor opened the page, point by point against the point's own history, and is a
// conflict (nothing written) only where both changed the same point, someone else moved or
// retracted it, or placed or numbered a point where the editor's list would clash with it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { toPlanPointInput } from "@/lib/plan-points/plan-point-input";
import type { PlanPointSnapshot } from "@/lib/plan-points/plan-point-snapshot";
import { retractPlanPoint } from "@/lib/plan-points/retract-plan-point";
import type { PointsConflict } from "@/lib/plan-points/points-conflict";
import { savePlanPoints } from "@/lib/plan-points/save-plan-points";
import { pointsConflictState } from "@/lib/plan-points/points-conflict-state";
import { pointRowsToFields, storedPointRows } from "@/lib/plan-points/plan-point-form-fields";
import { idleEditForm } from "@/lib/forms/form-state";
import { updatePlanPoint } from "@/lib/plan-points/update-plan-point";
import { createPlan } from "@/lib/plans/create-plan";
import { appError, editor, revisionsOf, seeded } from "../support/editing";
import { planFields } from "../support/editing-entities";

afterAll(() => db.$disconnect());

/** The other editor, who saves first. */
const other: Actor = { id: "test-other-editor", label: "Other Editor", role: "editor" };

let ceasefire: string;
let territory: string;
beforeAll(async () => {
  const s = await seeded();
  ceasefire = s.ceasefire.id;
  territory = s.territory.id;
});

/** A plan with points numbered 1…n in that order, as the points editor shows them. */
async function planWithPoints(n: number) {
  const plan = await createPlan({ input: await planFields(), actor: editor });
  const points: PlanPointSnapshot[] = [];
  for (let i = 1; i <= n; i++) {
    const input = { planId: plan.id, number: String(i), numberPrinted: true, order: i - 1, summary: `Ruritania point ${i}.`, issueIds: [ceasefire], revisesId: null, change: null, changeNote: null };
    points.push(await createPlanPoint({ input, actor: editor }));
  }
  return { planId: plan.id, points };
}

/** A row of the points editor for a point as it was when the page was opened. */
const row = (p: PlanPointSnapshot, changes: Record<string, unknown> = {}) => {
  const { planId: _p, order: _o, ...fields } = toPlanPointInput(p);
  return { ...fields, id: p.id, version: p.version, ...changes };
};
const newRow = (number: string, summary: string) => ({ number, numberPrinted: true, summary, issueIds: [territory], revisesId: null, change: null, changeNote: null, id: null, version: null });

/** Someone else's change to one point, through its own form. */
const theirEdit = (p: PlanPointSnapshot, changes: Record<string, unknown>) =>
  updatePlanPoint({ id: p.id, version: p.version, input: { ...toPlanPointInput(p), ...changes }, actor: other });

const stored = (planId: string) =>
  db.planPoint.findMany({ where: { planId }, orderBy: { order: "asc" }, select: { id: true, number: true, summary: true, order: true, version: true } });

async function conflictOf(promise: Promise<unknown>) {
  const error = await appError(promise, "conflict");
  expect(error.details.reason).toBe("stale-version");
  const { changed, added } = error.details.current as PointsConflict;
  return { changed: changed.map((p) => p.id), added: added.map((p) => p.id) };
}

describe("a point someone else changed since the page was opened", () => {
  it("keeps their change when the editor left the row as it was, and saves the editor's other rows", async () => {
    const { planId, points } = await planWithPoints(3);
    await theirEdit(points[1]!, { summary: "Their wording of point 2.", issueIds: [ceasefire, territory] });
    const result = await savePlanPoints({
      input: { planId, points: [row(points[0]!, { summary: "My wording of point 1." }), row(points[1]!), row(points[2]!)] },
      actor: editor,
    });
    expect(result.points.map((p) => p.version)).toEqual([2, 2, 1]);
    expect((await stored(planId)).map((p) => p.summary)).toEqual(["My wording of point 1.", "Their wording of point 2.", "Ruritania point 3."]);
    expect((await db.planPointIssue.findMany({ where: { pointId: points[1]!.id } })).map((i) => i.issueId).sort()).toEqual([ceasefire, territory].sort());
    // The editor's save wrote nothing to the point they did not touch.
    expect((await revisionsOf(points[1]!.id)).map((r) => r.actorId)).toEqual([editor.id, other.id]);
  });

  it("is saved once when the editor's row is what the point has become", async () => {
    const { planId, points } = await planWithPoints(2);
    await theirEdit(points[0]!, { summary: "Both wrote this." });
    await savePlanPoints({ input: { planId, points: [row(points[0]!, { summary: "Both wrote this." }), row(points[1]!)] }, actor: editor });
    expect((await stored(planId)).map((p) => [p.summary, p.version])).toEqual([["Both wrote this.", 2], ["Ruritania point 2.", 1]]);
  });

  it("is a conflict carrying only the point both changed, and nothing of the editor's is written", async () => {
    const { planId, points } = await planWithPoints(3);
    await theirEdit(points[0]!, { summary: "Their point 1." });
    await theirEdit(points[1]!, { summary: "Their point 2." });
    const conflict = await conflictOf(
      savePlanPoints({ input: { planId, points: [row(points[0]!), row(points[1]!, { summary: "My point 2." }), row(points[2]!, { summary: "My point 3." })] }, actor: editor }),
    );
    expect(conflict).toEqual({ changed: [points[1]!.id], added: [] });
    expect((await stored(planId)).map((p) => p.summary)).toEqual(["Their point 1.", "Their point 2.", "Ruritania point 3."]);
  });

  it("is a conflict when the version the editor saw is not in the point's history", async () => {
    const { planId, points } = await planWithPoints(2);
    await theirEdit(points[0]!, { summary: "Their point 1." });
    const changedTwice = await theirEdit(points[1]!, { summary: "Their point 2." });
    await theirEdit(changedTwice, { summary: "Their point 2, again." });
    const conflict = await conflictOf(savePlanPoints({ input: { planId, points: [row(points[0]!), row({ ...points[1]!, version: 7 })] }, actor: editor }));
    expect(conflict.changed).toEqual([points[1]!.id]);
  });

  it("is a conflict when it was retracted meanwhile, even untouched: the conflict screen leaves it out of the list", async () => {
    const { planId, points } = await planWithPoints(2);
    await theirEdit(points[0]!, { summary: "Their point 1." });
    await retractPlanPoint({ id: points[1]!.id, version: points[1]!.version, actor: other });
    const conflict = await conflictOf(savePlanPoints({ input: { planId, points: [row(points[0]!), row(points[1]!)] }, actor: editor }));
    expect(conflict.changed).toEqual([points[1]!.id]);
  });
});

describe("the order of the points", () => {
  it("is the editor's list when only they moved points, with someone else's wording kept", async () => {
    const { planId, points } = await planWithPoints(3);
    await theirEdit(points[2]!, { summary: "Their point 3." });
    await savePlanPoints({ input: { planId, points: [row(points[2]!), row(points[0]!), row(points[1]!)] }, actor: editor });
    expect((await stored(planId)).map((p) => [p.id, p.summary])).toEqual([
      [points[2]!.id, "Their point 3."],
      [points[0]!.id, "Ruritania point 1."],
      [points[1]!.id, "Ruritania point 2."],
    ]);
  });

  it("is a conflict when someone else moved a point and the editor's list puts it back", async () => {
    const { planId, points } = await planWithPoints(4);
    // In their points editor they move point 3 to the top, shifting 1 and 2, and reword 4 in its place.
    await savePlanPoints({ input: { planId, points: [row(points[2]!), row(points[0]!), row(points[1]!), row(points[3]!, { summary: "Their point 4." })] }, actor: other });
    const conflict = await conflictOf(
      savePlanPoints({ input: { planId, points: [row(points[0]!, { summary: "My point 1." }), row(points[1]!), row(points[2]!), row(points[3]!)] }, actor: editor }),
    );
    expect(conflict.changed.sort()).toEqual(points.slice(0, 3).map((p) => p.id).sort());
    expect((await stored(planId)).map((p) => p.summary)).toEqual(["Ruritania point 3.", "Ruritania point 1.", "Ruritania point 2.", "Their point 4."]);
  });

  it("shows on the conflict screen where a moved point stands, its only difference", async () => {
    const { planId, points } = await planWithPoints(3);
    await savePlanPoints({ input: { planId, points: [row(points[2]!), row(points[0]!), row(points[1]!)] }, actor: other });
    // The editor's page, opened before the move, lists the points as they were.
    const values = { planId, ...pointRowsToFields(storedPointRows(points.map((p) => ({ ...p, issueIds: p.issueIds ?? [] })))) };
    const error = await appError(savePlanPoints({ input: { planId, points: points.map((p) => row(p)) }, actor: editor }), "conflict");
    const state = await pointsConflictState(error.details.current as PointsConflict, values, idleEditForm);
    const differing = state.conflict!.rows.filter((r) => !r.same).map((r) => [r.label, r.yours, r.theirs]);
    expect(differing).toEqual([
      ["Point 1 › Place in the list", "Row 1", "Row 2"],
      ["Point 2 › Place in the list", "Row 2", "Row 3"],
      ["Point 3 › Place in the list", "Row 3", "Row 1"],
    ]);
  });
});

describe("points someone else added since the page was opened", () => {
  it("stay after the editor's rows, new ones included, when added after every point listed", async () => {
    const { planId, points } = await planWithPoints(2);
    const theirs = await savePlanPoints({
      input: { planId, points: [row(points[0]!), row(points[1]!, { summary: "Their point 2." }), newRow("4", "Their new point 4.")] },
      actor: other,
    });
    await savePlanPoints({ input: { planId, points: [row(points[0]!, { summary: "My point 1." }), row(points[1]!), newRow("3", "My new point 3.")] }, actor: editor });
    expect((await stored(planId)).map((p) => [p.number, p.summary, p.order])).toEqual([
      ["1", "My point 1.", 0],
      ["2", "Their point 2.", 1],
      ["3", "My new point 3.", 2],
      ["4", "Their new point 4.", 3],
    ]);
    // Moving their point after the editor's new one is the editor's change, and recorded.
    const [, moved] = await revisionsOf(theirs.points[2]!.id);
    expect([moved?.actorId, (moved?.after as { order: number }).order]).toEqual([editor.id, 3]);
  });

  it("are a conflict when placed among the points listed, and nothing is written", async () => {
    const { planId, points } = await planWithPoints(3);
    await theirEdit(points[2]!, { summary: "Their point 3." });
    const between = await createPlanPoint({ input: { ...toPlanPointInput(points[0]!), number: "1a", order: 0, summary: "Their point 1a." }, actor: other });
    const conflict = await conflictOf(
      savePlanPoints({ input: { planId, points: [row(points[0]!, { summary: "My point 1." }), row(points[1]!), row(points[2]!)] }, actor: editor }),
    );
    expect(conflict).toEqual({ changed: [], added: [between.id] });
    expect((await stored(planId)).map((p) => p.summary)).not.toContain("My point 1.");
  });

  it("are a conflict when one has a number a row of the editor's has", async () => {
    const { planId, points } = await planWithPoints(2);
    await theirEdit(points[1]!, { summary: "Their point 2." });
    const theirs = await createPlanPoint({ input: { ...toPlanPointInput(points[1]!), number: "3", order: 2, summary: "Their point 3." }, actor: other });
    const conflict = await conflictOf(savePlanPoints({ input: { planId, points: [row(points[0]!), row(points[1]!), newRow("3", "My point 3.")] }, actor: editor }));
    expect(conflict).toEqual({ changed: [], added: [theirs.id] });
    expect(await stored(planId)).toHaveLength(3);
  });
});

describe("numbers after a merge", () => {
  it("are a conflict when someone else renumbered an untouched point to a number the editor gave a new row", async () => {
    const { planId, points } = await planWithPoints(3);
    await theirEdit(points[0]!, { summary: "Their point 1." });
    await theirEdit(points[2]!, { number: "4" });
    const conflict = await conflictOf(
      savePlanPoints({ input: { planId, points: [row(points[0]!), row(points[1]!), row(points[2]!), newRow("4", "My point 4.")] }, actor: editor }),
    );
    expect(conflict.changed).toEqual([points[2]!.id]);
    expect((await stored(planId)).map((p) => p.number)).toEqual(["1", "2", "4"]);
  });

  it("stay one to a point when a merged row keeps someone else's number beside rows the editor renumbered", async () => {
    const { planId, points } = await planWithPoints(3);
    await theirEdit(points[0]!, { number: "1a" });
    await savePlanPoints({ input: { planId, points: [row(points[0]!), row(points[1]!, { number: "3" }), row(points[2]!, { number: "2" })] }, actor: editor });
    expect((await stored(planId)).map((p) => p.number)).toEqual(["1a", "3", "2"]);
  });
});
