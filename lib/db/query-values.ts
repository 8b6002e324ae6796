// Lets one query plan serve every record a query names by key (lib/db/query-plan-memo.ts).
// Reading a record by its id compiles a plan holding that id: the next record's read, the
// same query but for the id, compiled its own. So keys in a query's filters are lifted out
// before it is compiled — each replaced by a stand-in string no data holds — and the plan
// compiled for the stand-ins is kept, to be given each query's own keys back in their place.
//
// What is lifted: keys — `id`, `slug` and `…Id` fields compared for equality or membership
// (`{ id }`, `{ id: { equals } }`, `{ partyId: { in: […] } }`) inside a `where` — and the text
// fields of a record being written (its `data`). Prisma passes such a value to the database
// untouched, as a parameter; every stand-in must be found so in the plan, each as a whole
// string, or the plan is not reused (`keyFiller`). A value the compiler would check or convert
// (a date, say) makes it refuse the stand-in, and the query is then compiled as it is.
import { randomBytes } from "node:crypto";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Random per process, so that no stored or typed value can pass for a stand-in; in both
// cases, so that a compiler folding case could not give one back unchanged.
const MARK = `Parley-KEY-${randomBytes(8).toString("hex")}-`;
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

type Path = (string | number)[];
/** Gives a kept plan one query's keys: a new plan, sharing every part that holds none. */
export type KeyFiller<T> = (keys: string[]) => T;

/**
 * A filler for a plan compiled for `lifted.shape`, or null if the plan may not be given other
 * keys: each stand-in must appear in it, and only ever as a whole string (never changed,
 * joined or left out). Where the stand-ins are is found once, here, not at each query.
 */
export function keyFiller<T>(plan: T, lifted: LiftedQuery): KeyFiller<T> | null {
  const found: { path: Path; index: number }[] = [];
  let whole = true;
  (function visit(node: unknown, path: Path) {
    if (typeof node === "string") {
      const index = standInIndex(node);
      if (index !== null) found.push({ path, index });
      else if (node.includes(MARK)) whole = false;
    } else if (Array.isArray(node)) {
      node.forEach((value, i) => visit(value, [...path, i]));
    } else if (node && typeof node === "object") {
      for (const [field, value] of Object.entries(node)) visit(value, [...path, field]);
    }
  })(plan, []);
  const seen = new Set(found.map((f) => f.index));
  if (!whole || found.some((f) => f.path.length === 0) || !lifted.keys.every((_, index) => seen.has(index))) return null;
  const places = placesOf(found);
  return (keys) => filled(plan, places, keys);
}

/** Where the stand-ins are, as a tree of steps into the plan; at its leaves, which key. */
type Places = Map<string | number, Places | number>;

function placesOf(found: { path: Path; index: number }[]): Places {
  const root: Places = new Map();
  for (const { path, index } of found) {
    let level = root;
    path.forEach((step, i) => {
      if (i === path.length - 1) level.set(step, index);
      else level = (level.get(step) as Places | undefined) ?? (level.set(step, new Map()).get(step) as Places);
    });
  }
  return root;
}

/** The plan with the keys in their places, copying only the containers on the way (the plan is frozen). */
function filled<T>(node: T, places: Places, keys: string[]): T {
  const copy = (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<string | number, unknown>;
  for (const [step, place] of places) copy[step] = typeof place === "number" ? keys[place] : filled(copy[step], place, keys);
  return copy as T;
}

function standInIndex(text: string): number | null {
  if (!text.startsWith(MARK)) return null;
  const rest = text.slice(MARK.length);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}
