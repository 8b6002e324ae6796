// Field-level differences between two snapshots of a record, for history pages and the
// API. Pure. Nested objects (terms) are compared field by field; lists are compared by
// item: citations by source, territorial claims by area, id lists by id, so a citation
// added, removed, or with its quote changed reads as exactly that.
import { TERRITORY_CLAIM_KEYS } from "@/lib/terms/territory";

export type FieldChange =
  | { kind: "added"; path: string[]; after: unknown }
  | { kind: "removed"; path: string[]; before: unknown }
  | { kind: "changed"; path: string[]; before: unknown; after: unknown }
  /** Same items, new order; `before` and `after` list the items' keys. */
  | { kind: "reordered"; path: string[]; before: string[]; after: string[] };

/** Bookkeeping every change touches: shown nowhere as a change of its own. */
export const DEFAULT_IGNORED = ["version", "updatedAt"];

/** Fields that identify an item within a list, in order of preference: citations by source, territorial claims by area. */
const ITEM_KEYS = ["sourceId", "partyId", ...TERRITORY_CLAIM_KEYS, "id"];

type Options = { ignore?: string[] };

export function diffSnapshots(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  { ignore = DEFAULT_IGNORED }: Options = {},
): FieldChange[] {
  const changes: FieldChange[] = [];
  const skip = new Set(ignore);
  const keys = unionKeys(before ?? {}, after ?? {}).filter((k) => !skip.has(k));
  for (const key of keys) {
    // A relation missing from a snapshot was not recorded (older snapshots): not a removal.
    if (before && after && (!(key in before) || !(key in after)) && Array.isArray(before[key] ?? after[key])) continue;
    compare([key], before?.[key], after?.[key], changes);
  }
  return changes;
}

function compare(path: string[], a: unknown, b: unknown, out: FieldChange[]) {
  if (isBlank(a) && isBlank(b)) return;
  if (isBlank(a)) return void out.push({ kind: "added", path, after: b });
  if (isBlank(b)) return void out.push({ kind: "removed", path, before: a });
  if (Array.isArray(a) && Array.isArray(b)) return compareLists(path, a, b, out);
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of unionKeys(a, b)) compare([...path, key], a[key], b[key], out);
    return;
  }
  if (!sameValue(a, b)) out.push({ kind: "changed", path, before: a, after: b });
}

function compareLists(path: string[], a: unknown[], b: unknown[], out: FieldChange[]) {
  const keyOf = itemKey(a, b);
  if (!keyOf) {
    if (!sameValue(a, b)) out.push({ kind: "changed", path, before: a, after: b });
    return;
  }
  const left = new Map(a.map((item) => [keyOf(item), item]));
  const right = new Map(b.map((item) => [keyOf(item), item]));
  for (const [key, item] of left) {
    if (!right.has(key)) out.push({ kind: "removed", path: [...path, key], before: item });
  }
  for (const [key, item] of right) {
    const old = left.get(key);
    if (!left.has(key)) out.push({ kind: "added", path: [...path, key], after: item });
    else if (isPlainObject(old) && isPlainObject(item)) {
      for (const field of unionKeys(old, item)) compare([...path, key, field], old[field], item[field], out);
    }
  }
  const keptBefore = [...left.keys()].filter((k) => right.has(k));
  const keptAfter = [...right.keys()].filter((k) => left.has(k));
  if (keptBefore.join("\u0000") !== keptAfter.join("\u0000")) {
    out.push({ kind: "reordered", path, before: keptBefore, after: keptAfter });
  }
}

/** How to key the items of two lists, or null when items cannot be matched one to one. */
function itemKey(a: unknown[], b: unknown[]): ((item: unknown) => string) | null {
  const items = [...a, ...b];
  let keyOf: ((item: unknown) => string) | null = null;
  if (items.every((i) => typeof i === "string" || typeof i === "number")) keyOf = (i) => String(i);
  else if (items.every(isPlainObject)) {
    const field = ITEM_KEYS.find((k) => items.every((i) => typeof (i as Record<string, unknown>)[k] === "string"));
    if (field) keyOf = (i) => String((i as Record<string, unknown>)[field]);
  }
  if (!keyOf) return null;
  const key = keyOf;
  const unique = (list: unknown[]) => new Set(list.map(key)).size === list.length;
  return unique(a) && unique(b) ? key : null;
}

function isBlank(v: unknown) {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>) {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
