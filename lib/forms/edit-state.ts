import "server-only";
// Maps what a domain function threw to the form's state: field errors beside their fields,
// and for a save that lost a race, the conflict screen's side-by-side comparison.
import type { z } from "zod";
import { getActor } from "@/lib/auth/get-actor";
import { db } from "@/lib/db/client";
import { isAppError, isStaleVersion } from "@/lib/errors/app-error";
import { resolveNames } from "@/lib/records/resolve-names";
import { compareInputs } from "./describe-input";
import { renameErrors, type FieldValues, type Renames } from "./fields";
import type { Names } from "./describe-input";
import type { Conflict, EditFormState } from "./form-state";
import { friendlyErrors } from "./validate";

type Stored = { id: string; version: number };

export type ConflictContext<S extends Stored> = {
  /** What the editor submitted, assembled as the domain's input. */
  yours: Record<string, unknown>;
  schema: z.ZodType;
  /** The stored record as the same kind of input. */
  toInput: (current: S) => unknown;
  /** The version the editor's form started from. */
  version: number;
  /** Names, keyed "kind:id", for ids that are not records yet (a source the form would create). */
  names?: Names;
};

const normalised = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return (parsed.success ? parsed.data : value) as Record<string, unknown>;
};

function lastRevision(entityId: string) {
  return db.revision.findFirst({ where: { entityId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { actorLabel: true, createdAt: true } });
}

export async function describeConflict<S extends Stored>(current: S, context: ConflictContext<S>): Promise<Conflict> {
  const yours = normalised(context.schema, context.yours);
  const theirs = normalised(context.schema, context.toInput(current));
  const names = { ...(await resolveNames([yours, theirs])), ...context.names };
  const last = await lastRevision(current.id);
  return {
    version: current.version,
    rows: compareInputs(yours, theirs, names),
    savedBy: last?.actorLabel,
    savedAt: last?.createdAt.toISOString(),
  };
}

/**
 * The form state for an error a save threw. A conflict on a version the editor did not
 * start from becomes the conflict screen, with the form keeping their values but taking
 * the stored version, so saving again is a deliberate choice. Unknown errors are rethrown.
 */
export async function editStateFromError<S extends Stored>(
  error: unknown,
  { previous, values, renames = {}, conflict }: {
    previous: EditFormState;
    values: FieldValues;
    renames?: Renames;
    conflict?: ConflictContext<S>;
  },
): Promise<EditFormState> {
  if (!isAppError(error)) throw error;
  const seq = previous.seq + 1;
  const current = error.details.current as S | undefined;
  if (isStaleVersion(error) && conflict && current && current.version !== conflict.version) {
    // Retracted meanwhile: there is no saved version to weigh against, and saving over it
    // would be refused. The form keeps what the editor typed; restoring comes first.
    if ((current as { retractedAt?: unknown }).retractedAt) {
      const by = (await lastRevision(current.id))?.actorLabel;
      return {
        status: "error",
        message: `${by ?? "Another editor"} retracted this record after you opened this form, so nothing of yours was saved. Reload this page to restore it first; what you typed is still below.`,
        values,
        addedOptions: previous.addedOptions,
        seq,
      };
    }
    return {
      status: "conflict",
      message: "Someone else saved this record first. Nothing of yours was saved: compare, then decide.",
      values: { ...values, version: String(current.version) },
      conflict: await describeConflict(current, conflict),
      addedOptions: previous.addedOptions,
      seq,
    };
  }
  const fieldErrors = friendlyErrors(renameErrors(error.details.fieldErrors, renames));
  return { status: "error", message: error.message, fieldErrors, values, addedOptions: previous.addedOptions, seq };
}

/** Runs a save; what it threw becomes the form's state (redirect after success outside this). */
export async function attemptSave<T, S extends Stored>(
  save: (actor: Awaited<ReturnType<typeof getActor>>) => Promise<T>,
  context: Parameters<typeof editStateFromError<S>>[1],
): Promise<{ saved: T } | { state: EditFormState }> {
  try {
    return { saved: await save(await getActor()) };
  } catch (error) {
    return { state: await editStateFromError<S>(error, context) };
  }
}
