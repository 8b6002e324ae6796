import "server-only";
// A position form may cite a source that does not exist yet ("Cite a new source"). The
// source is created only once both it and the position pass their schemas, then the
// position is saved citing it. If the position's save then fails (a conflict, a retracted
// reference), the form keeps the new source as an ordinary citation, so saving again does
// not create it twice.
import type { Actor } from "@/lib/auth/actor";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { positionInput, positionInputFor, toPositionInput } from "@/lib/positions/position-input";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { createSource } from "@/lib/sources/create-source";
import { sourceInput } from "@/lib/sources/source-input";
import type { IssueKind } from "@/lib/vocab";
import { editStateFromError } from "./edit-state";
import { rowIndexes, type FieldValues } from "./fields";
import type { EditFormState } from "./form-state";
import { sourceLabel } from "./options";
import { NEW_SOURCE_COLUMNS, NEW_SOURCE_ID, type AssembledPosition } from "@/lib/positions/position-form-fields";
import { mergeErrors, validateFields } from "./validate";

export type CreatedSource = { id: string; label: string };

/** The position's input, checked, with the new source (if any) created and cited. */
export async function citeNewSource({
  assembled,
  kind,
  actor,
  onCreated,
}: {
  assembled: AssembledPosition;
  kind: IssueKind;
  actor: Actor | null;
  onCreated: (source: CreatedSource) => void;
}): Promise<Record<string, unknown>> {
  const { input, newSource } = assembled;
  // The same checks as the form ran in the browser, terms against the issue's kind
  // included, so a browser without JavaScript hears of every problem at once. Input
  // paths: `editStateFromError` moves them beside the form's fields.
  const errors: FieldErrors = mergeErrors(
    validateFields(positionInputFor(kind), input),
    newSource ? validateFields(sourceInput, newSource, {}, "newSource.") : {},
  );
  if (Object.keys(errors).length > 0) throw new AppError("validation", "Some fields need attention", { fieldErrors: errors });
  if (!newSource) return input;
  const source = await createSource({ input: newSource, actor });
  onCreated({ id: source.id, label: sourceLabel(source) });
  const citations = (input.citations as Record<string, unknown>[]).map((c) => (c.sourceId === NEW_SOURCE_ID ? { ...c, sourceId: source.id } : c));
  return { ...input, citations };
}

/** The form state after a failed position save, with a source created on the way kept as a citation. */
export async function positionErrorState(
  error: unknown,
  { previous, values, assembled, version, created }: {
    previous: EditFormState;
    values: FieldValues;
    assembled: AssembledPosition;
    version: number;
    created: CreatedSource | null;
  },
): Promise<EditFormState> {
  let kept = values;
  const renames = { ...assembled.renames };
  let yours = assembled.input;
  if (created) {
    kept = Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith("newSource.")));
    const row = Math.max(-1, ...rowIndexes(values, "citations")) + 1;
    kept[`citations.${row}.sourceId`] = created.id;
    for (const column of ["attribution", "quote", "speaker"]) kept[`citations.${row}.${column}`] = String(values[`newSource.${column}`] ?? "");
    const at = (yours.citations as unknown[]).length - 1;
    renames[`citations.${at}`] = `citations.${row}`;
    delete renames[`citations.${at}.sourceId`];
    yours = { ...yours, citations: (yours.citations as Record<string, unknown>[]).map((c) => (c.sourceId === NEW_SOURCE_ID ? { ...c, sourceId: created.id } : c)) };
  }
  const state = await editStateFromError<PositionSnapshot>(error, {
    previous,
    values: kept,
    renames,
    conflict: { yours, schema: positionInput, toInput: (current) => toPositionInput(current), version },
  });
  if (!created) return state;
  const sources = [...(state.addedOptions?.sourceId ?? []), { value: created.id, label: created.label }];
  return { ...state, addedOptions: { ...state.addedOptions, sourceId: sources } };
}

export { NEW_SOURCE_COLUMNS };
