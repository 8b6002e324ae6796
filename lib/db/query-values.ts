// Lets one query plan serve every record a query names by key (lib/db/query-plan-memo.ts).
// Reading a record by its id compiles a plan holding that id: the next record's read, the
// same query but for the id, compiled its own. So keys in a query's filters are lifted out
// before it is compiled — each replaced by a stand-in string no data holds — and the plan
// compiled for the stand-ins is kept, to be given each query's own keys back in their place.
//
// What is lifted: keys — `id`, `slug` and `…Id` fields compared for equality or membership
// (`{ id }`, `{ id: { equals } }`, `{ partyId: { in: […] } }`) inside a `where` — the text
// fields of a record being written (its `data`), its JSON documents (a revision's snapshots,
// a statement's terms), and the text parameters of a raw statement. Prisma passes such a value
// to the database untouched, as a parameter: text as it is, a JSON document as its JSON text
// (so its stand-in, a string, shows in the plan as a JSON string). Every stand-in must be found
// so in the plan, each as a whole string, or the plan is not reused (`keyFiller`). A value the
// compiler would check or convert (a date, say) makes it refuse the stand-in, and the query is
// then compiled as it is.
import { randomBytes } from "node:crypto";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Random per process, so that no stored or typed value can pass for a stand-in; in both
// cases, so that a compiler folding case could not give one back unchanged.
const MARK = `Parley-KEY-${randomBytes(8).toString("hex")}-`;
const standIn = (index: number) => `${MARK}${index}`;
// A JSON document's stand-in differs from a text's, so that a field given text and the same
// field given a document make two shapes: their values reach the plan in different forms.
const documentStandIn = (index: number) => `${MARK}json-${index}`;

const isKeyField = (field: string) => field === "id" || field === "slug" || field.endsWith("Id");

export type LiftedQuery = {
  /** The query with its keys replaced by stand-ins: the same for every record it may name. */
  shape: string;
  /** The keys, in the order of their stand-ins; a JSON document's as its JSON text. */
  keys: string[];
};

// A field's value in `data` that is an operation on the field (`{ increment: 1 }`) or a nested
// write (`{ create: … }`), not a JSON document, has one of these keys.
const WRITE_OPERATIONS = new Set(["set", "unset", "increment", "decrement", "multiply", "divide", "push", "create", "createMany", "connect", "connectOrCreate", "disconnect", "delete", "deleteMany", "update", "updateMany", "upsert"]);

// Raw statements: their values travel as one JSON array in `parameters`.
const RAW_ACTIONS = new Set(["executeRaw", "queryRaw"]);

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
  const takeDocument = (document: Json) => documentStandIn(keys.push(JSON.stringify(document)) - 1);

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
    for (const [field, value] of Object.entries(data)) {
      if (typeof value === "string") out[field] = take(value);
      else if (isJsonValue(value)) out[field] = { ...value, value: take(value.value) };
      else if (isJsonDocument(value)) out[field] = takeDocument(value);
      else out[field] = value;
    }
    return out;
  }
  function rawParameters(node: Json): Json {
    if (!node || typeof node !== "object" || Array.isArray(node) || typeof node.action !== "string" || !RAW_ACTIONS.has(node.action)) return node;
    const query = node.query as { [key: string]: Json } | undefined;
    const args = query?.arguments as { [key: string]: Json } | undefined;
    if (typeof args?.parameters !== "string") return node;
    let parameters: Json;
    try {
      parameters = JSON.parse(args.parameters) as Json;
    } catch {
      return node;
    }
    if (!Array.isArray(parameters)) return node;
    const lifted = parameters.map((value) => (typeof value === "string" ? take(value) : value));
    return { ...node, query: { ...query, arguments: { ...args, parameters: JSON.stringify(lifted) } } };
  }
  function anywhere(node: Json): Json {
    if (Array.isArray(node)) return node.map(anywhere);
    if (!node || typeof node !== "object") return node;
    const out: { [key: string]: Json } = {};
    for (const [field, value] of Object.entries(node)) out[field] = field === "where" ? inFilter(value) : field === "data" ? inData(value) : anywhere(value);
    return out;
  }

  const shape = anywhere(rawParameters(parsed));
  return keys.length === 0 ? null : { shape: JSON.stringify(shape), keys };
}

/** A JSON field's value as the client sends it: `{ "$type": "Json", "value": "<JSON text>" }`. */
function isJsonValue(value: Json): value is { $type: "Json"; value: string } {
  return !!value && typeof value === "object" && !Array.isArray(value) && value.$type === "Json" && typeof value.value === "string";
}

/** A JSON document given as a field's value: an object, but not an operation, a nested write or a tagged value. */
function isJsonDocument(value: Json): value is { [key: string]: Json } {
  if (!value || typeof value !== "object" || Array.isArray(value) || "$type" in value) return false;
  return !Object.keys(value).some((key) => WRITE_OPERATIONS.has(key));
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
      // A text's stand-in must stand as itself, a JSON document's as a JSON string (the
      // document's JSON text): then the plan passes either on as the text given back.
      const index = standInIndex(node, "");
      const documentIndex = node.startsWith('"') && node.endsWith('"') ? standInIndex(node.slice(1, -1), "json-") : null;
      if (index !== null) found.push({ path, index });
      else if (documentIndex !== null) found.push({ path, index: documentIndex });
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

function standInIndex(text: string, kind: "" | "json-"): number | null {
  if (!text.startsWith(MARK + kind)) return null;
  const rest = text.slice(MARK.length + kind.length);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}
