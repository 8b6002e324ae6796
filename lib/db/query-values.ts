// Lets one query plan serve every record a query names by key (lib/db/query-plan-memo.ts).
// Reading a record by its id compiles a plan holding that id: the next record's read, the
// same query but for the id, compiled its own. So keys in a query's filters are lifted out
// before it is compiled — each replaced by a stand-in string no data holds — and the plan
// compiled for the stand-ins is kept, to be given each query's own keys back in their place.
//
// Only keys are lifted: `id`, `slug` and `…Id` fields compared for equality or membership
// (`{ id }`, `{ id: { equals } }`, `{ partyId: { in: […] } }`) inside a `where`. Prisma
// passes such a value to the database untouched, as a parameter; every stand-in must be found
// so in the plan, each as a whole string, or the plan is not reused (`fillable`).
import { randomBytes } from "node:crypto";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Random per process, so that no stored or typed value can pass for a stand-in.
const MARK = `parley-key-${randomBytes(8).toString("hex")}-`;
const standIn = (index: number) => `${MARK}${index}`;

const isKeyField = (field: string) => field === "id" || field === "slug" || field.endsWith("Id");

export type LiftedQuery = {
  /** The query with its keys replaced by stand-ins: the same for every record it may name. */
  shape: string;
  /** The keys, in the order of their stand-ins. */
  keys: string[];
};

/** The query's keys lifted out, or null when it names none (or is not JSON). */
export function liftKeys(query: string): LiftedQuery | null {
  let parsed: Json;
  try {
    parsed = JSON.parse(query) as Json;
  } catch {
    return null;
  }
  const keys: string[] = [];
  const take = (value: string) => standIn(keys.push(value) - 1);

  function inFilter(filter: Json): Json {
    if (Array.isArray(filter)) return filter.map(inFilter);
    if (!filter || typeof filter !== "object") return filter;
    const out: { [key: string]: Json } = {};
    for (const [field, value] of Object.entries(filter)) {
      if (isKeyField(field) && typeof value === "string") out[field] = take(value);
      else if (isKeyField(field) && isComparison(value)) out[field] = liftComparison(value);
      else out[field] = inFilter(value);
    }
    return out;
  }
  function liftComparison(comparison: { [key: string]: Json }): Json {
    const out: { [key: string]: Json } = { ...comparison };
    if (typeof comparison.equals === "string") out.equals = take(comparison.equals);
    if (Array.isArray(comparison.in) && comparison.in.every((v) => typeof v === "string")) out.in = (comparison.in as string[]).map(take);
    return out;
  }
  function inData(data: Json): Json {
    if (Array.isArray(data)) return data.map(inData);
    if (!data || typeof data !== "object") return data;
    const out: { [key: string]: Json } = {};
    for (const [field, value] of Object.entries(data)) out[field] = typeof value === "string" ? take(value) : isJsonValue(value) ? { ...value, value: take(value.value) } : value;
    return out;
  }
  function anywhere(node: Json): Json {
    if (Array.isArray(node)) return node.map(anywhere);
    if (!node || typeof node !== "object") return node;
    const out: { [key: string]: Json } = {};
    for (const [field, value] of Object.entries(node)) out[field] = field === "where" ? inFilter(value) : field === "data" ? inData(value) : anywhere(value);
    return out;
  }

  const shape = anywhere(parsed);
  return keys.length === 0 ? null : { shape: JSON.stringify(shape), keys };
}

/** A JSON field's value as the client sends it: `{ "$type": "Json", "value": "<JSON text>" }`. */
function isJsonValue(value: Json): value is { $type: "Json"; value: string } {
  return !!value && typeof value === "object" && !Array.isArray(value) && value.$type === "Json" && typeof value.value === "string";
}

function isComparison(value: Json): value is { [key: string]: Json } {
  return !!value && typeof value === "object" && !Array.isArray(value) && ("equals" in value || "in" in value);
}

/**
 * Whether a plan compiled for `lifted.shape` may be given other keys: each stand-in appears
 * in it, and only ever as a whole string (never changed, joined or left out).
 */
export function fillable(plan: unknown, lifted: LiftedQuery): boolean {
  const seen = new Set<string>();
  let whole = true;
  (function visit(node: unknown) {
    if (typeof node === "string") {
      if (node.startsWith(MARK) && /^\d+$/.test(node.slice(MARK.length))) seen.add(node);
      else if (node.includes(MARK)) whole = false;
    } else if (node && typeof node === "object") {
      for (const value of Object.values(node)) visit(value);
    }
  })(plan);
  return whole && lifted.keys.every((_, index) => seen.has(standIn(index)));
}

/** The plan with each stand-in replaced by its key; parts without one are shared, not copied. */
export function fillKeys<T>(plan: T, keys: string[]): T {
  function fill(node: unknown): unknown {
    if (typeof node === "string") return node.startsWith(MARK) ? keys[Number(node.slice(MARK.length))] : node;
    if (!node || typeof node !== "object") return node;
    if (Array.isArray(node)) {
      let copy: unknown[] | undefined;
      node.forEach((value, index) => {
        const filled = fill(value);
        if (filled !== value) (copy ??= [...node])[index] = filled;
      });
      return copy ?? node;
    }
    let copy: Record<string, unknown> | undefined;
    for (const [field, value] of Object.entries(node)) {
      const filled = fill(value);
      if (filled !== value) (copy ??= { ...node })[field] = filled;
    }
    return copy ?? node;
  }
  return fill(plan) as T;
}
