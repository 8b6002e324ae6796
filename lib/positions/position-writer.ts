import "server-only";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { DbOrTx } from "@/lib/db/client";
import { keptAsItWas, type RecordWriter } from "@/lib/revisions/record-writer";
import { parseTerms } from "@/lib/terms";
import { keepSetOrder } from "@/lib/terms/keep-set-order";
import { checkReferences, FieldErrorList, listReferences } from "@/lib/validation/check-references";
import { issueKind } from "@/lib/vocab";
import { positionInput, toPositionInput, type PositionInput } from "./position-input";
import { checkTermReferences } from "./check-term-references";
import { recomputePositionStatuses } from "./recompute-statuses";
import { loadPositionSnapshot, type PositionSnapshot } from "./position-snapshot";
import { visiblePosition } from "@/lib/positions/position-visibility";

/** Checks what a position's input refers to, and its terms against its issue's kind. */
export async function checkPosition(tx: DbOrTx, input: PositionInput, before: PositionSnapshot | null) {
  const errors = new FieldErrorList();
  const cited = new Set(before?.citations?.map((c) => c.sourceId));
  await checkReferences(
    tx,
    [
      { field: "partyId", model: "party", id: input.partyId, noun: "party", linked: before?.partyId === input.partyId },
      { field: "issueId", model: "issue", id: input.issueId, noun: "issue", linked: before?.issueId === input.issueId },
      { field: "eventId", model: "event", id: input.eventId, noun: "event", linked: before?.eventId === input.eventId },
      ...input.citations.map((c, i) => ({
        field: `citations.${i}.sourceId`,
        model: "source" as const,
        id: c.sourceId,
        noun: "source",
        linked: cited.has(c.sourceId),
      })),
      ...listReferences("pointIds", "planPoint", "plan point", input.pointIds, before?.pointIds),
    ],
    errors,
  );

  const issue = await tx.issue.findUnique({ where: { id: input.issueId }, select: { kind: true, negotiationId: true } });
  if (issue && input.terms !== null) {
    const kind = issueKind.safeParse(issue.kind);
    const result = kind.success ? parseTerms(kind.data, input.terms) : null;
    if (result && !result.success) {
      for (const issueOfTerms of result.error.issues) {
        errors.add(["terms", ...issueOfTerms.path.map(String)].join("."), issueOfTerms.message);
      }
    } else if (kind.success) {
      const same = before?.issueId === input.issueId;
      await checkTermReferences(tx, { kind: kind.data, terms: input.terms, negotiationId: issue.negotiationId, before: same ? before?.terms : null }, errors);
    }
  }
  if (issue && input.pointIds.length > 0) {
    const own = await tx.planPoint.findMany({
      where: { id: { in: input.pointIds }, plan: { negotiationId: issue.negotiationId } },
      select: { id: true },
    });
    const ownIds = new Set(own.map((p) => p.id));
    input.pointIds.forEach((id, i) => {
      if (!ownIds.has(id) && !errors.errors[`pointIds.${i}`]) errors.add(`pointIds.${i}`, "This point belongs to a plan of another negotiation than the issue");
    });
  }
  if (issue && input.eventId) {
    const event = await tx.event.findUnique({ where: { id: input.eventId }, select: { negotiationId: true } });
    if (event && event.negotiationId !== issue.negotiationId) {
      errors.add("eventId", "This event belongs to another negotiation than the issue");
    }
  }
  errors.throwIfAny();
}

export const positionWriter: RecordWriter<PositionSnapshot, PositionInput> = {
  entityType: "position",
  noun: "position",
  visible: visiblePosition,
  load: loadPositionSnapshot,
  schema: positionInput,
  toInput: (snapshot, current) => toPositionInput(snapshot, current),
  // Sets in the terms keep their stored order (lib/terms/keep-set-order.ts).
  keepStored: (input, stored) => ({ ...input, terms: keepSetOrder(input.terms, stored.terms) }),
  check: checkPosition,
  columns: ({ citations: _citations, pointIds: _points, statedOn, withdrawnOn, terms, ...columns }) => {
    const stated = parsePartialDate(statedOn)!;
    return {
      ...columns,
      terms: terms ?? Prisma.DbNull,
      statedOn: stated.date,
      statedOnPrecision: stated.precision,
      withdrawnOn: withdrawnOn ? parsePartialDate(withdrawnOn)!.date : null,
    };
  },
  // An edit of the words alone leaves the citations and plan points as they were.
  async writeRelations(tx, id, input, previous) {
    if (!keptAsItWas(previous, input, "citations")) {
      await tx.citation.deleteMany({ where: { positionId: id } });
      await tx.citation.createMany({
        data: input.citations.map((c, order) => ({ positionId: id, ...c, order })),
      });
    }
    if (!keptAsItWas(previous, input, "pointIds")) {
      await tx.positionPoint.deleteMany({ where: { positionId: id } });
      await tx.positionPoint.createMany({ data: input.pointIds.map((pointId, order) => ({ positionId: id, pointId, order })) });
    }
  },
  // A position restored must not bring back terms naming an area or a party readers can no longer see.
  async checkRestore(tx, before) {
    const issue = await tx.issue.findUnique({ where: { id: before.issueId }, select: { kind: true, negotiationId: true } });
    const kind = issueKind.safeParse(issue?.kind);
    if (!issue || !kind.success) return;
    const errors = new FieldErrorList();
    await checkTermReferences(tx, { kind: kind.data, terms: before.terms, negotiationId: issue.negotiationId, before: null }, errors);
    const messages = Object.values(errors.errors).flat();
    if (messages.length) {
      throw new AppError("conflict", `This position cannot be restored as it is: ${messages.join("; ")}. Restore what its terms name first.`, { current: before });
    }
  },
  // Statuses follow from dates, withdrawals and retractions: recompute the chain the
  // position is in now, and the one it left if its party or issue changed.
  // Another statement whose status moves gets a revision of its own, attributed to this change.
  async afterChange(tx, id, before, by) {
    const now = await tx.position.findUniqueOrThrow({ where: { id }, select: { partyId: true, issueId: true } });
    const recording = { ...by, changedId: id };
    await recomputePositionStatuses(tx, now, recording);
    if (before && (before.partyId !== now.partyId || before.issueId !== now.issueId)) {
      await recomputePositionStatuses(tx, { partyId: before.partyId, issueId: before.issueId }, recording);
    }
  },
};
