import "server-only";
// A position form may cite a source that does not exist yet ("Cite a new source"). The
// source is created only once both it and the position pass their schemas, and in the same
// transaction as the position's save: if that save fails (a conflict, a retracted
// reference), no source is left behind, and the form keeps the new source as typed.
import type { Actor } from "@/lib/auth/actor";
import { AppError, isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { positionInput, positionInputFor, toPositionInput } from "@/lib/positions/position-input";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { writeTransaction } from "@/lib/revisions/write-transaction";
import { createSource } from "@/lib/sources/create-source";
import { sourceInput } from "@/lib/sources/source-input";
import type { IssueKind } from "@/lib/vocab";
import { editStateFromError } from "./edit-state";
import type { FieldValues } from "./fields";
import type { EditFormState } from "./form-state";
import { NEW_SOURCE_COLUMNS, NEW_SOURCE_ID, positionFromFields, positionToFields, type AssembledPosition } from "@/lib/positions/position-form-fields";
import { mergeErrors, validateFields } from "./validate";

/** Checks the position's input, then saves it with `save`, creating and citing the new source (if any) in the same transaction. */
export async function savePositionCitingNewSource<T>({
  assembled,
  kind,
  actor,
  save,
}: {
  assembled: AssembledPosition;
  kind: IssueKind;
  actor: Actor | null;
  save: (input: Record<string, unknown>) => Promise<T>;
}): Promise<T> {
  const { input, newSource } = assembled;
  // The same checks as the form ran in the browser, terms against the issue's kind
  // included, so a browser without JavaScript hears of every problem at once. Input
  // paths: `editStateFromError` moves them beside the form's fields.
  const errors: FieldErrors = mergeErrors(
    validateFields(positionInputFor(kind), input),
    newSource ? validateFields(sourceInput, newSource, {}, "newSource.") : {},
  );
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Some fields need attention", { fieldErrors: errors });
  if (!newSource) return save(input);
  return writeTransaction(async () => {
    const source = await createSource({ input: newSource, actor }).catch(besideNewSourceFields);
    const citations = (input.citations as Record<string, unknown>[]).map((c) => (c.sourceId === NEW_SOURCE_ID ? { ...c, sourceId: source.id } : c));
    return save({ ...input, citations });
  });
}

/** The new source's own checks (an address already recorded) speak beside its fields, not the position's. */
function besideNewSourceFields(error: unknown): never {
  if (!isAppError(error) || error.code !== "validation" || !error.details.fieldErrors) throw error;
  const fieldErrors: FieldErrors = Object.create(null);
  for (const [field, messages] of Object.entries(error.details.fieldErrors)) fieldErrors[field ? `newSource.${field}` : ""] = messages;
  throw new AppError("validation", error.message, { ...error.details, fieldErrors });
}

/**
 * The form state after a failed position save; a new source it would have cited is still
 * only typed in. `editing`: the form edits the stored position itself (not a new statement
 * after it), so after a conflict it can take the other editor's changes.
 */
export function positionErrorState(
  error: unknown,
  {
    previous,
    values,
    assembled,
    version,
    editing,
  }: { previous: EditFormState; values: FieldValues; assembled: AssembledPosition; version: number; editing?: { kind: IssueKind } },
): Promise<EditFormState> {
  const newSource = assembled.newSource;
  return editStateFromError<PositionSnapshot>(error, {
    previous,
    values,
    renames: assembled.renames,
    conflict: {
      entityType: "position",
      yours: assembled.input,
      schema: positionInput,
      toInput: (current) => toPositionInput(current),
      version,
      names: newSource ? { [`source:${NEW_SOURCE_ID}`]: `New source: ${[newSource.outlet, newSource.title].filter(Boolean).join(": ")}` } : {},
      form: editing && {
        toFields: (current) => positionToFields(current, editing.kind),
        fromFields: (fields) => positionFromFields(fields, editing.kind),
      },
    },
  });
}

export { NEW_SOURCE_COLUMNS };
