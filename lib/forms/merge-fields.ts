// After a lost race, the form can take the other editor's changes to the fields this editor
// left alone, so a second save keeps both editors' work. The forms name their fields after
// the input's paths ("location", "sourceIds.0", "terms.claims.0.area"), so a field's form
// values can be swapped whole; the result is read back through the form's own assembly and
// used only if every field then says what the merge promises.
import { describeFields, type Names } from "./describe-input";
import type { FieldValues } from "./fields";
import type { ConflictRow } from "./form-state";
import { changedOnlyByThem } from "./three-way";

const holds = (name: string, path: string) => name === path || name.startsWith(`${path}.`);

/** `yours` with the form values of `paths` taken from `theirs`. */
export function takeFields(yours: FieldValues, theirs: FieldValues, paths: readonly string[]): FieldValues {
  const out: FieldValues = {};
  for (const [name, v] of Object.entries(yours)) if (!paths.some((p) => holds(name, p))) out[name] = v;
  for (const [name, v] of Object.entries(theirs)) if (paths.some((p) => holds(name, p))) out[name] = v;
  return out;
}

/**
 * The editor's form values with the other editor's changes to fields only they changed, or
 * null when reading the merged form back (`reassemble`: form values → the input, as the
 * rows were described from) would not give their value for those fields and the editor's
 * for the rest. Fields the form does not hold (an area's outline) are not checked: its
 * action keeps what is saved.
 */
export function mergeTheirChanges({
  rows,
  yours,
  theirs,
  reassemble,
  names,
}: {
  rows: readonly ConflictRow[];
  yours: FieldValues;
  theirs: FieldValues;
  reassemble: (fields: FieldValues) => Record<string, unknown>;
  names: Names;
}): FieldValues | null {
  const taken = changedOnlyByThem(rows).flatMap((r) => (r.path ? [r.path] : []));
  if (taken.length === 0) return null;
  const merged = takeFields(yours, theirs, taken);
  const input = reassemble(merged);
  const read = new Map(describeFields(input, names).map((f) => [f.path, f.text]));
  for (const row of rows) {
    if (!row.path || !(row.path.split(".")[0]! in input)) continue;
    const expected = taken.includes(row.path) ? row.theirs : row.yours;
    if ((read.get(row.path) ?? "") !== expected) return null;
  }
  const compared = new Set(rows.map((r) => r.path));
  if ([...read].some(([path, text]) => text !== "" && !compared.has(path))) return null;
  return merged;
}
