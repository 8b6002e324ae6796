// Editors' coding notes name the terms' fields as the data holds them ("left out of
// startDate", "coded maxTroops"), as the API and the export do. Readers know the fields by
// their names in words (labels.ts: as the history, the forms and their messages give them),
// so the note names them so too; the note itself is kept as written. Only names with a capital inside are read as fields: one-word
// names ("scope", "preconditions") are plain words already, and reading them as fields would
// capitalise ordinary prose.
import { termFieldLabel } from "./labels";

const labels: Readonly<Record<string, string>> = termFieldLabel;
const fieldName = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g;

/** A note cut into its own words and the term fields it names, in order. */
export type NotePart = string | { field: string; label: string };

export function splitTermNames(text: string): NotePart[] {
  const parts: NotePart[] = [];
  let from = 0;
  for (const match of text.matchAll(fieldName)) {
    const label = Object.hasOwn(labels, match[0]) ? labels[match[0]] : undefined;
    if (!label) continue;
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ field: match[0], label });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
