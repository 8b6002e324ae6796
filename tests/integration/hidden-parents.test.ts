// A record that belongs to a retracted one (an issue of a retracted negotiation, a position
// of a retracted issue) is hidden from readers with it. Editors cannot link a new record to
// it, nor show a record again beneath it: either would write a change readers cannot see,
// which the API then could not answer with. Each refusal names the field or the reason,
// and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { retractIssue } from "@/lib/issues/retract-issue";
import { restoreIssue } from "@/lib/issues/restore-issue";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { retractNegotiation } from "@/lib/negotiations/retract-negotiation";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { createPlan } from "@/lib/plans/create-plan";
import { createPosition } from "@/lib/positions/create-position";
import { toPositionInput } from "@/lib/positions/position-input";
import { restorePosition } from "@/lib/positions/restore-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { updatePosition } from "@/lib/positions/update-position";
import { revertToRevision } from "@/lib/records/revert-to-revision";
import { appError, editor, newParty, newSource, positionFields, revisionsOf, unique } from "../support/editing";

afterAll(() => db.$disconnect());

const belongs = /belongs to a retracted record, and readers no longer see it: restore that first, or choose another/;

/** A negotiation with a seated party and one issue. */
async function talks() {
  const party = await newParty();
  const negotiation = await createNegotiation({
    input: { slug: unique("talks"), title: "Ruritanian talks", summary: "Test talks.", status: "active", parties: [{ partyId: party.id, role: null }] },
    actor: editor,
  });
  const issue = await createIssue({
    input: { negotiationId: negotiation.id, slug: unique("issue"), name: "North Province", description: "Who holds it.", kind: "general", order: 1 },
    actor: editor,
  });
  return { party, negotiation, issue };
}

describe("a record of a retracted negotiation", () => {
  let hidden: Awaited<ReturnType<typeof talks>> & { planId: string };
  beforeAll(async () => {
    hidden = { ...(await talks()), planId: "" };
    const source = await newSource();
    const plan = await createPlan({
      input: {
        negotiationId: hidden.negotiation.id, title: "Ten-point plan", date: "2025-06", status: "proposed", summary: "A framework.",
        notes: null, pointCount: 10, previousVersionId: null, authorIds: [hidden.party.id], sourceIds: [source.id], droppedPoints: [],
      },
      actor: editor,
    });
    hidden.planId = plan.id;
    await retractNegotiation({ id: hidden.negotiation.id, version: hidden.negotiation.version, actor: editor });
  });

  it("cannot take a new position", async () => {
    const input = await positionFields({ partyId: hidden.party.id, issueId: hidden.issue.id, terms: null });
    const positions = await db.position.count({ where: { issueId: hidden.issue.id } });
    const error = await appError(createPosition({ input, actor: editor }), "validation");
    expect(error.details.fieldErrors?.issueId).toEqual([expect.stringMatching(belongs)]);
    expect(await db.position.count({ where: { issueId: hidden.issue.id } })).toBe(positions);
  });

  it("cannot be what a visible position moves to", async () => {
    const visible = await createPosition({ input: await positionFields({ terms: null }), actor: editor });
    const moved = { ...toPositionInput(visible), issueId: hidden.issue.id, terms: null };
    const error = await appError(updatePosition({ id: visible.id, version: 1, input: moved, actor: editor }), "validation");
    expect(error.details.fieldErrors?.issueId).toEqual([expect.stringMatching(belongs)]);
    expect(await revisionsOf(visible.id)).toHaveLength(1);
  });

  it("cannot take a new plan point", async () => {
    const input = { planId: hidden.planId, number: "1", numberPrinted: true, order: 1, summary: "A pause.", issueIds: [], revisesId: null, change: null, changeNote: null };
    const error = await appError(createPlanPoint({ input, actor: editor }), "validation");
    expect(error.details.fieldErrors?.planId).toEqual([expect.stringMatching(belongs)]);
    expect(await db.planPoint.count({ where: { planId: hidden.planId } })).toBe(0);
  });
});

describe("a retracted position of a retracted issue", () => {
  it("is restored only once its issue is, by restore or by revert", async () => {
    const { party, issue } = await talks();
    const position = await createPosition({ input: await positionFields({ partyId: party.id, issueId: issue.id, terms: null }), actor: editor });
    await retractPosition({ id: position.id, version: 1, actor: editor });
    const retractedIssue = await retractIssue({ id: issue.id, version: issue.version, actor: editor });

    const refused = await appError(restorePosition({ id: position.id, version: 2, actor: editor }), "conflict");
    expect(refused.message).toBe("This position belongs to a record that is retracted, so readers would still not see it: restore that first.");
    const [creation] = await revisionsOf(position.id);
    const reverted = await appError(revertToRevision({ revisionId: creation!.id, version: 2, actor: editor }), "conflict");
    expect(reverted.message).toBe(refused.message);
    expect((await revisionsOf(position.id)).map((r) => r.action)).toEqual(["create", "retract"]);

    await restoreIssue({ id: issue.id, version: retractedIssue.version, actor: editor });
    const restored = await restorePosition({ id: position.id, version: 2, actor: editor });
    expect(restored.retractedAt).toBeNull();
  });
});
