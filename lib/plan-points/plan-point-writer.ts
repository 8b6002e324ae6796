import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { checkReferences, FieldErrorList, listReferences } from "@/lib/validation/check-references";
import { planPointInput, pointAnchor, toPlanPointInput, type PlanPointInput } from "./plan-point-input";
import { loadPlanPointSnapshot, type PlanPointSnapshot } from "./plan-point-snapshot";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";

/** The message for a number another point of the plan already has. */
export const numberTaken = (number: string) => `Another point of this plan is already numbered “${number}”: give each point its own number`;

/**
 * Checks what a point refers to: its plan, the plan's negotiation's issues, the point of the
 * plan's previous version it revises and, unless `numbers` is false (the batch editor checks
 * the numbers of all its points at once), that no other point of the plan has its number.
 */
export async function checkPlanPoint(tx: DbOrTx, input: PlanPointInput, before: PlanPointSnapshot | null, { numbers = true } = {}) {
  const errors = new FieldErrorList();
  if (before && before.planId !== input.planId) errors.add("planId", "A point cannot move to another plan: add it to that plan instead");
  await checkReferences(
    tx,
    [
      { field: "planId", model: "plan", id: input.planId, noun: "plan", linked: !!before },
      { field: "revisesId", model: "planPoint", id: input.revisesId, noun: "point", linked: before?.revisesId === input.revisesId },
      ...listReferences("issueIds", "issue", "issue", input.issueIds, before?.issueIds),
    ],
    errors,
  );
  const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { negotiationId: true, previousVersionId: true } });
  if (plan) {
    const own = await tx.issue.findMany({ where: { id: { in: input.issueIds }, negotiationId: plan.negotiationId }, select: { id: true } });
    const ownIds = new Set(own.map((i) => i.id));
    input.issueIds.forEach((id, i) => {
      if (!ownIds.has(id) && !errors.errors[`issueIds.${i}`]) errors.add(`issueIds.${i}`, "This issue belongs to another negotiation than the plan");
    });
    if (input.revisesId && !errors.errors.revisesId) {
      const revised = await tx.planPoint.findUnique({ where: { id: input.revisesId }, select: { planId: true } });
      if (!plan.previousVersionId) errors.add("revisesId", "This plan revises no earlier plan: choose its previous version on the plan first");
      else if (revised && revised.planId !== plan.previousVersionId) errors.add("revisesId", "Choose a point of the plan this one revises (its previous version)");
      // A point carried on is not dropped: the plan's diff would count it as both.
      else if (await tx.planDroppedPoint.findFirst({ where: { planId: input.planId, pointId: input.revisesId }, select: { pointId: true } })) {
        errors.add("revisesId", "The plan lists this point as dropped: take it off the plan's dropped points first, or choose another");
      }
    }
    if (numbers) {
      const others = await tx.planPoint.findMany({
        where: { planId: input.planId, ...notRetracted, ...(before ? { id: { not: before.id } } : {}) },
        select: { number: true },
      });
      if (others.some((o) => pointAnchor(o.number) === pointAnchor(input.number))) errors.add("number", numberTaken(input.number));
    }
  }
  errors.throwIfAny();
}

function sameMembers(given: readonly string[], stored: readonly string[]) {
  return given.length === stored.length && new Set(given).size === given.length && stored.every((id) => given.includes(id));
}

export const planPointWriter: RecordWriter<PlanPointSnapshot, PlanPointInput> = {
  entityType: "planPoint",
  noun: "point",
  visible: visiblePlanPoint,
  load: loadPlanPointSnapshot,
  schema: planPointInput,
  toInput: (snapshot, current) => toPlanPointInput(snapshot, current),
  // The forms list issues in the negotiation's order, not the order stored: the same issues
  // in another order are no change, or every save would record a reordering nobody made.
  keepStored: (input, stored) => ({ ...input, issueIds: sameMembers(input.issueIds, stored.issueIds) ? stored.issueIds : input.issueIds }),
  check: (tx, input, before) => checkPlanPoint(tx, input, before),
  columns: ({ issueIds: _i, ...columns }) => columns,
  async writeRelations(tx, id, input) {
    await tx.planPointIssue.deleteMany({ where: { pointId: id } });
    await tx.planPointIssue.createMany({ data: input.issueIds.map((issueId, order) => ({ pointId: id, issueId, order })) });
  },
};
