// Forms post flat, dotted field names ("citations.2.quote", "terms.claims.0.area"), so
// they work without JavaScript; these helpers read them back and turn a record's input
// into such fields. Rows may have gaps (a removed row, a blank spare row): each assembler
// records which row of the input came from which row of the form, so an error on
// "citations.1.sourceId" is shown beside the form's "citations.2.sourceId".
import type { FieldErrors } from "@/lib/errors/app-error";

export type FieldValues = Record<string, string | string[]>;

/** Maps a path prefix of the assembled input ("citations.1") to the form's ("citations.2"). */
export type Renames = Record<string, string>;

export type Assembled = { input: Record<string, unknown>; renames: Renames };

/** The form's fields: each name once, a repeated name (checkboxes) as a list. Framework fields are left out. */
export function readFields(form: FormData): FieldValues {
  const out: FieldValues = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** The field's text (the first, if repeated); undefined when absent. */
export function text(fields: FieldValues, name: string): string | undefined {
  const value = fields[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every value of a repeated field, blanks left out. */
export function list(fields: FieldValues, name: string): string[] {
  const value = fields[name];
  const all = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return all.map((v) => v.trim()).filter(Boolean);
}

/** The row numbers present under `prefix` ("citations" → [0, 2]), in order. */
export function rowIndexes(fields: FieldValues, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const name of Object.keys(fields)) {
    const m = pattern.exec(name);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Rows under `prefix` that hold anything, each as { field: text }, with the renames from
 * their place in the list to their place in the form.
 */
export function readRows(fields: FieldValues, prefix: string, columns: readonly string[], renames: Renames, listPath = prefix) {
  const rows: Record<string, string>[] = [];
  for (const index of rowIndexes(fields, prefix)) {
    const row: Record<string, string> = {};
    for (const column of columns) row[column] = (text(fields, `${prefix}.${index}.${column}`) ?? "").trim();
    if (Object.values(row).every((v) => v === "")) continue;
    renames[`${listPath}.${rows.length}`] = `${prefix}.${index}`;
    rows.push(row);
  }
  return rows;
}

/** Where an input path's message belongs in the form. */
export function toFieldName(path: string, renames: Renames): string {
  let best = "";
  for (const from of Object.keys(renames)) {
    if ((path === from || path.startsWith(`${from}.`)) && from.length > best.length) best = from;
  }
  return best ? renames[best] + path.slice(best.length) : path;
}

export function renameErrors(errors: FieldErrors | undefined, renames: Renames): FieldErrors {
  // No prototype: a path can hold a key from the input ("toString").
  const out: FieldErrors = Object.create(null);
  for (const [path, messages] of Object.entries(errors ?? {})) (out[toFieldName(path, renames)] ??= []).push(...messages);
  return out;
}

/** An HTML id for a field name. */
export function fieldId(form: string, name: string): string {
  return `${form}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** null and undefined as an empty field; numbers and booleans as their text. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/** Numbers typed in a form: kept as typed when not a number, so the schema names the problem. */
export function asNumber(value: string | undefined): number | string | undefined {
  const t = value?.trim();
  if (!t) return undefined;
  const n = Number(t.replace(/[,\s_]/g, ""));
  return Number.isFinite(n) ? n : t;
}

/** "true"/"false" from a yes/no select; blank is not stated. */
export function asBoolean(value: string | undefined): boolean | string | undefined {
  const t = value?.trim();
  if (!t) return undefined;
  return t === "true" ? true : t === "false" ? false : t;
}

/** A choice in a select. */
export type Option = { value: string; label: string; group?: string };
