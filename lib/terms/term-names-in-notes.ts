// Editors' coding notes name the terms' fields and values as the data holds them ("left out
// of startDate", "coded frozen-line"), as the API and the export do. Readers know them by
// their words (labels.ts: as the terms, the history, the forms and their messages give them),
// so the note names them so too; the note itself is kept as written. Only names that cannot be
// ordinary words are read as the data's: a field's name with a capital inside ("startDate"),
// and a value with a hyphen inside that the statement's kind of terms holds ("frozen-line").
// One-word names ("scope", "none") are plain words already, and reading them as the data's
// would capitalise ordinary prose.
import { z } from "zod";
import type { IssueKind } from "@/lib/vocab";
import { termsSchemaByKind } from "./index";
import { termFieldLabel, termValueLabel } from "./labels";

const fieldLabels: Readonly<Record<string, string>> = termFieldLabel;
const fieldName = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g;
const hyphenated = /\b[a-z]+(?:-[a-z]+)+\b/g;

/** A note cut into its own words and the term fields and values it names, in order. */
export type NotePart = string | { name: string; label: string };

/** Every field of a kind's terms that holds one of a list of words, with those words, nested fields included. */
function wordFields(schema: unknown, into: Map<string, Set<string>>, field?: string) {
  if (typeof schema !== "object" || schema === null) return;
  const node = schema as { enum?: unknown[]; properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[]; oneOf?: unknown[]; allOf?: unknown[] };
  if (field && Array.isArray(node.enum)) {
    const words = into.get(field) ?? new Set<string>();
    node.enum.forEach((word) => typeof word === "string" && words.add(word));
    into.set(field, words);
  }
  for (const [name, child] of Object.entries(node.properties ?? {})) wordFields(child, into, name);
  wordFields(node.items, into, field);
  for (const child of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) wordFields(child, into, field);
}

// Values that are also hyphenated English ("de-facto control"): read as the data's, prose would
// gain words it did not say ("Recognised de facto"). They stay as written.
const alsoPlainWords = new Set(["de-facto", "de-jure"]);

const valueLabelsByKind = new Map<IssueKind, ReadonlyMap<string, string>>();

/**
 * The hyphenated values a kind's terms hold, each with its label. A value two of the kind's
 * fields label differently is left out (the note does not say which it means), and so is one
 * that is also plain English.
 */
export function hyphenatedValueLabels(kind: IssueKind): ReadonlyMap<string, string> {
  const known = valueLabelsByKind.get(kind);
  if (known) return known;
  const fields = new Map<string, Set<string>>();
  wordFields(z.toJSONSchema(termsSchemaByKind[kind], { io: "input", unrepresentable: "any" }), fields);
  const labels = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [field, words] of fields) {
    for (const word of words) {
      const label = termValueLabel[field]?.[word];
      if (!word.includes("-") || !label || alsoPlainWords.has(word)) continue;
      if (labels.has(word) && labels.get(word) !== label) ambiguous.add(word);
      labels.set(word, label);
    }
  }
  ambiguous.forEach((word) => labels.delete(word));
  valueLabelsByKind.set(kind, labels);
  return labels;
}

/** The note's parts: its own words, and each field (and, given the kind, each value) named as the data does. */
export function splitTermNames(text: string, kind?: IssueKind): NotePart[] {
  const values = kind ? hyphenatedValueLabels(kind) : new Map<string, string>();
  const named = [
    ...[...text.matchAll(fieldName)].flatMap((m) => (Object.hasOwn(fieldLabels, m[0]) ? [{ at: m.index, name: m[0], label: fieldLabels[m[0]]! }] : [])),
    ...[...text.matchAll(hyphenated)].flatMap((m) => (values.has(m[0]) ? [{ at: m.index, name: m[0], label: values.get(m[0])! }] : [])),
  ].sort((a, b) => a.at - b.at);
  const parts: NotePart[] = [];
  let from = 0;
  for (const { at, name, label } of named) {
    if (at < from) continue;
    if (at > from) parts.push(text.slice(from, at));
    parts.push({ name, label });
    from = at + name.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
