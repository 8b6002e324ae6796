// A record's input as labelled lines of text, for the conflict screen's side-by-side view,
// in the words history diffs use (lib/words): ids become names, lists one item per line,
// terms one row per term.
import { fieldLabel } from "@/lib/words/field-labels";
import { formatValue, type Names } from "@/lib/words/format-value";

export type { Names };

const sideBySide = { itemSeparator: "\n" };

function value(field: string, v: unknown, names: Names): string {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return "";
  return formatValue(field, v, names, sideBySide);
}

/** Each field of an input as [label, text]; terms are spread into one row per term. */
export function describeInput(input: Record<string, unknown>, names: Names): [string, string][] {
  const rows: [string, string][] = [];
  for (const [field, v] of Object.entries(input)) {
    if (field === "terms") {
      const terms = (v ?? {}) as Record<string, unknown>;
      for (const [term, inner] of Object.entries(terms)) rows.push([`Terms › ${fieldLabel(term)}`, value(term, inner, names)]);
      continue;
    }
    rows.push([fieldLabel(field), value(field, v, names)]);
  }
  return rows;
}

/** Both sides field by field, in the order the fields first appear. */
export function compareInputs(yours: Record<string, unknown>, theirs: Record<string, unknown>, names: Names) {
  const mine = new Map(describeInput(yours, names));
  const stored = new Map(describeInput(theirs, names));
  const labels = [...new Set([...stored.keys(), ...mine.keys()])];
  return labels.map((label) => {
    const y = mine.get(label) ?? "";
    const t = stored.get(label) ?? "";
    return { label, yours: y, theirs: t, same: y === t };
  });
}
