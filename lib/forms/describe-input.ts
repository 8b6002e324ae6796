// A record's input as labelled lines of text, for the conflict screen's side-by-side view,
// in the words history diffs use (lib/words): ids become names, lists one item per line,
// terms one row per term.
import { fieldLabel } from "@/lib/words/field-labels";
import { formatValue, type Names } from "@/lib/words/format-value";
import { classifyChange } from "./three-way";
import type { ConflictRow } from "./form-state";

export type { Names };

const sideBySide = { itemSeparator: "\n" };

/**
 * One row of a described input: `path` is where its value sits in the input and, as the
 * forms name their fields after it, the prefix of the form fields that hold it
 * ("location", "sourceIds" for "sourceIds.0", "terms.claims" for "terms.claims.0.area").
 */
export type DescribedField = { path: string; label: string; text: string };

function value(field: string, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return "";
  return formatValue(field, v, names, sideBySide);
}

/** Each field of an input with its path; terms are spread into one row per term. */
export function describeFields(input: Record<string, unknown>, names: Names): DescribedField[] {
  const rows: DescribedField[] = [];
  for (const [field, v] of Object.entries(input)) {
    if (field === "terms") {
      const terms = (v ?? {}) as Record<string, unknown>;
      for (const [term, inner] of Object.entries(terms)) rows.push({ path: `terms.${term}`, label: `Terms › ${fieldLabel(term)}`, text: value(term, inner, names) });
      continue;
    }
    rows.push({ path: field, label: fieldLabel(field), text: value(field, v, names) });
  }
  return rows;
}

const byPath = (input: Record<string, unknown>, names: Names) => new Map(describeFields(input, names).map((f) => [f.path, f]));

/**
 * Both sides field by field, in the order the fields first appear. With `base`, the input
 * the editor started from, each row also says who changed it; `unrecorded` names the paths
 * the base does not hold (a relation older revisions did not record), which are compared
 * two ways only.
 */
export function compareInputs(
  yours: Record<string, unknown>,
  theirs: Record<string, unknown>,
  names: Names,
  base?: { input: Record<string, unknown>; unrecorded?: ReadonlySet<string> },
): ConflictRow[] {
  const mine = byPath(yours, names);
  const stored = byPath(theirs, names);
  const before = base ? byPath(base.input, names) : undefined;
  const paths = [...new Set([...stored.keys(), ...mine.keys(), ...(before?.keys() ?? [])])];
  return paths.map((path) => {
    const label = (stored.get(path) ?? mine.get(path) ?? before?.get(path))!.label;
    const y = mine.get(path)?.text ?? "";
    const t = stored.get(path)?.text ?? "";
    const row: ConflictRow = { path, label, yours: y, theirs: t, same: y === t };
    if (!before) return row;
    const recorded = !base?.unrecorded?.has(path.split(".")[0]!);
    const b = recorded ? (before.get(path)?.text ?? "") : undefined;
    return { ...row, base: b, change: classifyChange(b, y, t) };
  });
}
