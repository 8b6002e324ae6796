import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { visiblePlanPoint } from "@/lib/plan-points/plan-point-visibility";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { visibleSource } from "@/lib/sources/source-visibility";

type Model = "negotiation" | "party" | "issue" | "event" | "source" | "plan" | "planPoint";

export type Reference = {
  /** The input field it came from: "partyId", "citations.2.sourceId". */
  field: string;
  model: Model;
  id: string | null | undefined;
  /** How messages name it: "party", "source". */
  noun: string;
  /** Already linked before this change: kept even if since retracted. */
  linked?: boolean;
};

/**
 * One reference per id of a list field ("sourceIds.0", "sourceIds.1"…); an id the record
 * listed before the change counts as linked.
 */
export function listReferences(field: string, model: Model, noun: string, ids: readonly string[], before: readonly string[] | undefined): Reference[] {
  const linked = new Set(before);
  return ids.map((id, i) => ({ field: `${field}.${i}`, model, id, noun, linked: linked.has(id) }));
}

/**
 * The negotiation a record belongs to: it must exist, and an edit cannot change it (the
 * record's history, links and pages belong to the one it was made in). Adds the error of a
 * move to `errors`; returns the reference for checkReferences. `record` names the record in a
 * sentence's start: "An issue".
 */
export function ownNegotiation(
  errors: FieldErrorList,
  record: string,
  input: { negotiationId: string },
  before: { negotiationId: string } | null,
): Reference {
  if (before && before.negotiationId !== input.negotiationId) {
    errors.add("negotiationId", `${record} cannot move to another negotiation: create it there instead`);
  }
  return { field: "negotiationId", model: "negotiation", id: input.negotiationId, noun: "negotiation", linked: !!before };
}

/** Field errors gathered from several checks, thrown together so an editor sees them all at once. */
export class FieldErrorList {
  readonly errors: FieldErrors = {};
  add(field: string, message: string) {
    (this.errors[field] ??= []).push(message);
  }
  throwIfAny() {
    if (Object.keys(this.errors).length > 0) {
      throw new AppError("validation", "Some fields need attention", { fieldErrors: this.errors });
    }
  }
}

/** What readers may see of each model that records refer to: a record of a retracted parent is hidden with it. */
const visibleOf: Record<Model, object> = {
  negotiation: visibleNegotiation,
  party: visibleParty,
  issue: visibleIssue,
  event: visibleEvent,
  source: visibleSource,
  plan: visiblePlan,
  planPoint: visiblePlanPoint,
};

type Found = { id: string; retractedAt: Date | null };
type Finder = {
  findMany(args: { where: object; select: { id: true; retractedAt?: true } }): Promise<Found[]>;
};

/**
 * Adds an error for each reference to a record that does not exist, or that readers no
 * longer see (retracted, or of a retracted parent) and is newly linked. Records readers see
 * are one statement per model; only the others are asked about again, to say why.
 */
export async function checkReferences(tx: DbOrTx, refs: Reference[], errors: FieldErrorList) {
  const byModel = new Map<Model, Set<string>>();
  for (const ref of refs) if (ref.id) byModel.set(ref.model, (byModel.get(ref.model) ?? new Set()).add(ref.id));
  const visible = new Set<string>();
  const hidden = new Map<string, Found>();
  for (const [model, ids] of byModel) {
    const finder = tx[model] as unknown as Finder;
    const seen = await finder.findMany({ where: { AND: [{ id: { in: [...ids] } }, visibleOf[model]] }, select: { id: true } });
    for (const row of seen) visible.add(`${model}:${row.id}`);
    const others = [...ids].filter((id) => !visible.has(`${model}:${id}`));
    if (others.length === 0) continue;
    for (const row of await finder.findMany({ where: { id: { in: others } }, select: { id: true, retractedAt: true } })) {
      hidden.set(`${model}:${row.id}`, row);
    }
  }
  for (const ref of refs) {
    if (!ref.id) continue;
    const key = `${ref.model}:${ref.id}`;
    if (visible.has(key)) continue;
    const row = hidden.get(key);
    if (!row) errors.add(ref.field, `There is no ${ref.noun} with the id “${ref.id}”`);
    else if (ref.linked) continue; // kept as it was, though readers no longer see it
    else if (row.retractedAt) errors.add(ref.field, `This ${ref.noun} has been retracted: restore it first, or choose another`);
    else errors.add(ref.field, `This ${ref.noun} belongs to a retracted record, and readers no longer see it: restore that first, or choose another`);
  }
}
