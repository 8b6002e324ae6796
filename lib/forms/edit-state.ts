import "server-only";
// Maps what a domain function threw to the form's state: field errors beside their fields,
// and for a save that lost a race, the conflict screen's comparison of who changed what.
import type { z } from "zod";
import { getActor } from "@/lib/auth/get-actor";
import { db } from "@/lib/db/client";
import { isAppError, isStaleVersion } from "@/lib/errors/app-error";
import { resolveNames } from "@/lib/records/resolve-names";
import { getSnapshotAtVersion } from "@/lib/revisions/get-snapshot-at-version";
import type { RecordRow } from "@/lib/revisions/snapshot";
import { compareInputs } from "./describe-input";
import { renameErrors, type FieldValues, type Option, type Renames } from "./fields";
import { mergeTheirChanges } from "./merge-fields";
import type { Names } from "./describe-input";
import type { Conflict, EditFormState } from "./form-state";
import { friendlyErrors } from "./validate";

type Stored = { id: string; version: number };

export type ConflictContext<S extends Stored> = {
  /** The record's kind, as revisions name it ("event"): where the version started from is found. */
  entityType: string;
  /** What the editor submitted, assembled as the domain's input; a field left out is one the form does not show. */
  yours: Record<string, unknown>;
  schema: z.ZodType;
  /** The stored record as the same kind of input. */
  toInput: (current: S) => unknown;
  /** The version the editor's form started from. */
  version: number;
  /** Names, keyed "kind:id", for ids that are not records yet (a source the form would create). */
  names?: Names;
  /**
   * How the edit page builds the form's fields from a record and how the form's fields are
   * read back. Given, the form after a conflict takes the other editor's changes to the
   * fields this editor left alone, so saving again keeps both.
   */
  form?: { toFields: (record: S) => FieldValues; fromFields: (fields: FieldValues) => { input: Record<string, unknown> } };
};

const normalised = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return (parsed.success ? parsed.data : value) as Record<string, unknown>;
};

function lastRevision(entityId: string) {
  return db.revision.findFirst({ where: { entityId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { actorLabel: true, createdAt: true } });
}

/** Fields the form does not show, which the editor cannot have changed: as they were. */
const withUnshown = (yours: Record<string, unknown>, was: Record<string, unknown>) => ({
  ...Object.fromEntries(Object.entries(was).filter(([field]) => !(field in yours))),
  ...yours,
});

/** A choice for each record id among `values`, so a select or checkbox can show a value its page did not list. */
function choicesFor(values: FieldValues, names: Names): Option[] {
  const byId = new Map(Object.entries(names).map(([key, name]) => [key.slice(key.indexOf(":") + 1), name]));
  const ids = new Set(Object.values(values).flat().filter((v) => byId.has(v)));
  return [...ids].map((id) => ({ value: id, label: byId.get(id)! }));
}

/**
 * The conflict screen's comparison: three ways, against the version the editor started
 * from, when its state is found in the revisions (two ways when not), and the form's values
 * for a second save: theirs where only they changed a field, when the form can say so.
 */
export async function describeConflict<S extends Stored>(
  current: S,
  context: ConflictContext<S>,
  values: FieldValues = {},
): Promise<{ conflict: Conflict; values: FieldValues; choices: Option[] }> {
  const started = await getSnapshotAtVersion<S & RecordRow>(db, { entityType: context.entityType, id: current.id, version: context.version });
  const theirsRaw = context.toInput(current) as Record<string, unknown>;
  const baseRaw = started ? (context.toInput(started) as Record<string, unknown>) : undefined;
  const yours = normalised(context.schema, withUnshown(context.yours, baseRaw ?? theirsRaw));
  const theirs = normalised(context.schema, theirsRaw);
  const base = baseRaw && normalised(context.schema, baseRaw);
  // Snapshots the seed loader wrote hold no relations: what they were is not known.
  const unrecorded = started ? new Set(Object.keys(current).filter((field) => (started as Record<string, unknown>)[field] === undefined)) : undefined;
  const names = { ...(await resolveNames([yours, theirs, ...(base ? [base] : [])])), ...context.names };
  const last = await lastRevision(current.id);
  const rows = compareInputs(yours, theirs, names, base ? { input: base, unrecorded } : undefined);
  const form = context.form;
  const theirFields = form && base ? form.toFields(current) : undefined;
  const merged =
    form && theirFields
      ? mergeTheirChanges({ rows, yours: values, theirs: theirFields, names, reassemble: (fields) => normalised(context.schema, withUnshown(form.fromFields(fields).input, theirs)) })
      : null;
  return {
    conflict: {
      version: current.version,
      ...(base ? { startedFrom: context.version } : {}),
      merged: !!merged,
      rows,
      savedBy: last?.actorLabel,
      savedAt: last?.createdAt.toISOString(),
    },
    values: merged ?? values,
    choices: merged && theirFields ? choicesFor(theirFields, names) : [],
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
    const described = await describeConflict(current, conflict, values);
    return {
      status: "conflict",
      message: "Someone else saved this record first. Nothing of yours was saved: compare, then decide.",
      values: { ...described.values, version: String(current.version) },
      conflict: described.conflict,
      addedOptions: described.choices.length ? { ...previous.addedOptions, saved: described.choices } : previous.addedOptions,
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
