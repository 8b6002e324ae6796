// Prisma 6.19's client compiles every query into a query plan, in WebAssembly on the main
// thread, before running it: about a sixth of the CPU a page rendered from the database costs
// (bench/spike/ANALYSIS.md, "Renderings from the database"). A plan is a function of the query
// alone — its JSON, values included, for one schema and one database kind — and the client only
// reads it: values the database or the clock supply (new ids, `now()`) stay calls in the plan,
// made each time it runs. So the same query may reuse the plan compiled for it. A page asks the
// same questions each time it is rendered, so its plans are compiled once. A query naming a
// record by key (reading a record by its id) shares one plan with the same query for any
// other record: its keys are lifted out and given back (./query-values.ts), as are a written
// record's text and JSON documents and a raw statement's text. A query with other values that
// change each time (a version number, a date) misses, and costs what it did before.
//
// Later Prisma versions cache plans themselves (with values lifted out as parameters); until
// then each compiler remembers its last plans here, by the query's text or its shape.
import { QueryCompiler as PostgresCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { QueryCompiler as SqliteCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
import { LRUCache } from "lru-cache";
import { keyFiller, liftKeys, type KeyFiller } from "./query-values";

type Plan = object;
type Compiler = { compile(query: string): Plan; compileBatch(queries: string): Plan };

/** Plans each compiler keeps: a page sends 5–25 queries, and readers open a few hundred pages. */
const PLANS_PER_COMPILER = 2_000;
// And at most this many characters of query text, a plan's size growing with its query's:
// bounded memory whatever the queries.
const QUERY_TEXT_PER_COMPILER = 4_000_000;
// Queries longer than this (long lists of ids) are compiled each time rather than kept.
const LONGEST_KEPT_QUERY = 20_000;

export type PlanMemoStats = { hits: number; misses: number };
const stats: PlanMemoStats = { hits: 0, misses: 0 };

/** How often a plan was reused or compiled since start: what the tests check the memo by. */
export function planMemoStats(): PlanMemoStats {
  return { ...stats };
}

// Plans by query text; fillers by shape (or NOT_FILLABLE).
type Kept = Plan | KeyFiller<Plan>;
const memos = new WeakMap<Compiler, LRUCache<string, Kept>>();

function memoFor(compiler: Compiler): LRUCache<string, Kept> {
  let memo = memos.get(compiler);
  if (!memo) {
    memo = new LRUCache({ max: PLANS_PER_COMPILER, maxSize: QUERY_TEXT_PER_COMPILER, sizeCalculation: (_plan, key) => key.length });
    memos.set(compiler, memo);
  }
  return memo;
}

// Kept in place of a filler for a shape whose keys could not be given back (query-values.ts).
const NOT_FILLABLE = Object.freeze({ notFillable: true });

function remembering(compile: (this: Compiler, query: string) => Plan, kind: "one" | "batch") {
  return function (this: Compiler, query: string): Plan {
    if (query.length > LONGEST_KEPT_QUERY) return compile.call(this, query);
    const memo = memoFor(this);
    const key = `${kind}:${query}`;
    const known = memo.get(key);
    if (known) {
      stats.hits++;
      return known as Plan;
    }
    // A query naming records by key shares the plan of its shape, given its own keys.
    const lifted = liftKeys(query);
    const shapeKey = lifted && `${kind}:keys:${lifted.shape}`;
    const shaped = shapeKey ? memo.get(shapeKey) : undefined;
    if (lifted && typeof shaped === "function") {
      stats.hits++;
      return (shaped as KeyFiller<Plan>)(lifted.keys);
    }
    stats.misses++;
    if (lifted && !shaped) {
      const plan = compileShape(this, compile, lifted.shape);
      const fill = plan && keyFiller(plan, lifted);
      memo.set(shapeKey!, fill ?? NOT_FILLABLE);
      if (fill) return fill(lifted.keys);
    }
    // Frozen, so that should the client ever change a plan it is given, it fails loudly
    // rather than change the plan the next request runs.
    const plan = deepFreeze(compile.call(this, query));
    memo.set(key, plan);
    return plan;
  };
}

/** The shape's plan, or null if the compiler refuses the stand-ins: then the query is compiled as it is. */
function compileShape(compiler: Compiler, compile: (this: Compiler, query: string) => Plan, shape: string): Plan | null {
  try {
    return deepFreeze(compile.call(compiler, shape));
  } catch {
    return null;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const MARK = Symbol.for("parley.queryPlanMemo");

/** Makes both engines' compilers reuse plans. Idempotent: modules may be loaded twice. */
export function rememberQueryPlans(): void {
  for (const Class of [SqliteCompiler, PostgresCompiler] as unknown as { prototype: Compiler & { [MARK]?: true } }[]) {
    const prototype = Class.prototype;
    if (prototype[MARK]) continue;
    prototype.compile = remembering(prototype.compile, "one");
    prototype.compileBatch = remembering(prototype.compileBatch, "batch");
    prototype[MARK] = true;
  }
}
