import "server-only";
import { notRetracted } from "@/lib/records/visible";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { DbOrTx } from "@/lib/db/client";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { checkReferences, FieldErrorList, listReferences, ownNegotiation } from "@/lib/validation/check-references";
import { planInput, toPlanInput, type PlanInput } from "./plan-input";
import { loadPlanSnapshot, type PlanSnapshot } from "./plan-snapshot";
import { visiblePlan } from "@/lib/plans/plan-visibility";

/** The plans `id` revises, directly or through others, nearest first (stops at a loop). */
export async function earlierVersions(tx: DbOrTx, id: string | null): Promise<string[]> {
  const chain: string[] = [];
  for (let next = id; next && !chain.includes(next); ) {
    chain.push(next);
    next = (await tx.plan.findUnique({ where: { id: next }, select: { previousVersionId: true } }))?.previousVersionId ?? null;
  }
  return chain;
}

async function checkPreviousVersion(tx: DbOrTx, input: PlanInput, before: PlanSnapshot | null, errors: FieldErrorList) {
  const previousId = input.previousVersionId;
  if (previousId && !errors.errors.previousVersionId) {
    const previous = await tx.plan.findUnique({ where: { id: previousId }, select: { negotiationId: true } });
    if (previous && previous.negotiationId !== input.negotiationId) {
      errors.add("previousVersionId", "This plan belongs to another negotiation: a plan can only revise or answer one of its own negotiation");
    } else if (before && (await earlierVersions(tx, previousId)).includes(before.id)) {
      errors.add("previousVersionId", "That plan is this one or one of its later versions: a plan cannot revise itself");
    }
  }
  // A point maps to a point of the previous version; changing the previous version would leave those mappings pointing at another plan.
  if (before && before.previousVersionId && before.previousVersionId !== previousId) {
    const mapped = await tx.planPoint.count({ where: { planId: before.id, revises: { planId: before.previousVersionId } } });
    if (mapped > 0) {
      errors.add(
        "previousVersionId",
        `${mapped === 1 ? "1 point of this plan revises a point" : `${mapped} points of this plan revise points`} of the plan it now revises: clear their mapping before choosing another previous version`,
      );
    }
  }
  if (input.droppedPoints.length > 0) {
    const points = await tx.planPoint.findMany({ where: { id: { in: input.droppedPoints.map((d) => d.pointId) } }, select: { id: true, planId: true } });
    const planOf = new Map(points.map((p) => [p.id, p.planId]));
    input.droppedPoints.forEach((d, i) => {
      const planId = planOf.get(d.pointId);
      if (planId === undefined) errors.add(`droppedPoints.${i}.pointId`, `There is no point with the id “${d.pointId}”`);
      else if (planId !== previousId) errors.add(`droppedPoints.${i}.pointId`, "A dropped point must be a point of the previous version");
    });
    // A point this plan carries on (one of its points revises it) is not dropped: the diff would count it as both.
    if (before) {
      const carried = await tx.planPoint.findMany({
        where: { planId: before.id, ...notRetracted, revisesId: { in: input.droppedPoints.map((d) => d.pointId) } },
        select: { number: true, revisesId: true },
      });
      input.droppedPoints.forEach((d, i) => {
        const by = carried.find((p) => p.revisesId === d.pointId);
        if (by && !errors.errors[`droppedPoints.${i}.pointId`]) {
          errors.add(`droppedPoints.${i}.pointId`, `Point ${by.number} of this plan revises this point, so it was carried on, not dropped`);
        }
      });
    }
  }
}

export const planWriter: RecordWriter<PlanSnapshot, PlanInput> = {
  entityType: "plan",
  noun: "plan",
  visible: visiblePlan,
  load: loadPlanSnapshot,
  schema: planInput,
  toInput: (snapshot, current) => toPlanInput(snapshot, current),
  async check(tx, input, before) {
    const errors = new FieldErrorList();
    await checkReferences(
      tx,
      [
        ownNegotiation(errors, "A plan", input, before),
        { field: "previousVersionId", model: "plan", id: input.previousVersionId, noun: "plan", linked: before?.previousVersionId === input.previousVersionId },
        ...listReferences("authorIds", "party", "party", input.authorIds, before?.authorIds),
        ...listReferences("sourceIds", "source", "source", input.sourceIds, before?.sourceIds),
      ],
      errors,
    );
    await checkPreviousVersion(tx, input, before, errors);
    errors.throwIfAny();
  },
  columns: ({ authorIds: _a, sourceIds: _s, droppedPoints: _d, date, ...columns }) => {
    const when = parsePartialDate(date)!;
    return { ...columns, date: when.date, datePrecision: when.precision };
  },
  async writeRelations(tx, id, input) {
    await tx.planAuthor.deleteMany({ where: { planId: id } });
    await tx.planAuthor.createMany({ data: input.authorIds.map((partyId, order) => ({ planId: id, partyId, order })) });
    await tx.planSource.deleteMany({ where: { planId: id } });
    await tx.planSource.createMany({ data: input.sourceIds.map((sourceId, order) => ({ planId: id, sourceId, order })) });
    await tx.planDroppedPoint.deleteMany({ where: { planId: id } });
    await tx.planDroppedPoint.createMany({ data: input.droppedPoints.map((d, order) => ({ planId: id, pointId: d.pointId, note: d.note, order })) });
  },
};
