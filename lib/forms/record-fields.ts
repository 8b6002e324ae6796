// Pieces for turning form fields into a record's input and back, shared by the kinds'
// own mappings (`lib/<kind>/<kind>-form-fields.ts`), which the client forms and the
// server actions both use.
import { toPartialDateText } from "@/lib/dates/partial-date";
import { asText, text, type FieldValues, type Renames } from "./fields";

export function pick(fields: FieldValues, names: readonly string[]) {
  return Object.fromEntries(names.map((n) => [n, text(fields, n) ?? ""]));
}

export function toFields(record: Record<string, unknown>, names: readonly string[]): FieldValues {
  return Object.fromEntries(names.map((n) => [n, asText(record[n])]));
}

/** Id lists posted as rows of selects ("sourceIds.0", "sourceIds.3"), blanks left out. */
export function idRows(fields: FieldValues, name: string, renames: Renames): string[] {
  const ids: string[] = [];
  const indexes = Object.keys(fields)
    .map((k) => new RegExp(`^${name}\\.(\\d+)$`).exec(k)?.[1])
    .filter((m): m is string => m !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  for (const i of indexes) {
    const id = (text(fields, `${name}.${i}`) ?? "").trim();
    if (!id) continue;
    renames[`${name}.${ids.length}`] = `${name}.${i}`;
    ids.push(id);
  }
  return ids;
}

export function idRowFields(name: string, ids: string[]): FieldValues {
  return Object.fromEntries(ids.map((id, i) => [`${name}.${i}`, id]));
}

