// Prints the query plans of the SQL behind the reading pages, as markdown, so a run on the
// synthetic database shows which indexes each query uses (SQLite: EXPLAIN QUERY PLAN;
// PostgreSQL: EXPLAIN, with ANALYZE when --analyze is given).
//
//   DATABASE_URL=file:./.tmp/scale.db npx tsx --conditions=react-server bench/scale/plans.ts [--analyze]
//
// The statements are the ones the domain functions really send (caught with onQuery while
// each page's loader runs), explained with the parameters they were sent with.
import Database from "better-sqlite3";
import pg from "pg";
import { db, engine, onQuery } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/engine";
import { findPageFixture } from "./find-fixture";
import { pageLoaders } from "./page-data";

const analyze = process.argv.includes("--analyze");

type Statement = { sql: string; params: unknown[]; ms: number };

async function statementsOf(load: () => Promise<unknown>): Promise<Statement[]> {
  await load(); // warm
  const seen: Statement[] = [];
  const stop = onQuery((e) => seen.push({ sql: e.query, params: JSON.parse(e.params || "[]"), ms: e.duration }));
  try {
    await load();
  } finally {
    stop();
  }
  return seen;
}

function sqliteExplainer() {
  const sqlite = new Database(databaseUrl().slice("file:".length), { readonly: true });
  const value = (v: unknown) => (typeof v === "boolean" ? Number(v) : v !== null && typeof v === "object" ? JSON.stringify(v) : v);
  return {
    async explain(s: Statement) {
      const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params.map(value)) as { id: number; parent: number; detail: string }[];
      const depth = new Map<number, number>([[0, 0]]);
      return rows.map((r) => {
        depth.set(r.id, (depth.get(r.parent) ?? 0) + 1);
        return `${"  ".repeat(depth.get(r.id)! - 1)}${r.detail}`;
      });
    },
    async close() {
      sqlite.close();
    },
  };
}

function postgresExplainer() {
  const client = new pg.Client({ connectionString: databaseUrl() });
  const connected = client.connect();
  return {
    async explain(s: Statement) {
      await connected;
      const result = await client.query(`EXPLAIN ${analyze ? "(ANALYZE, BUFFERS) " : ""}${s.sql}`, s.params as unknown[]);
      return result.rows.map((r: Record<string, string>) => r["QUERY PLAN"]!);
    },
    async close() {
      await client.end();
    },
  };
}

async function main() {
  const fixture = await findPageFixture(db);
  const explainer = engine === "sqlite" ? sqliteExplainer() : postgresExplainer();
  const out = [`# Query plans (${engine})`, "", `Fixture: \`${JSON.stringify(fixture)}\``, ""];
  try {
    for (const [page, load] of Object.entries(pageLoaders)) {
      const statements = await statementsOf(() => load(fixture));
      out.push(`## ${page}: ${statements.length} statements`, "");
      for (const [i, s] of statements.entries()) {
        out.push(`${i + 1}. ${s.ms.toFixed(1)} ms — \`${s.sql.replace(/\s+/g, " ").slice(0, 240)}${s.sql.length > 240 ? "…" : ""}\``, "");
        out.push("```", ...(await explainer.explain(s).catch((error: Error) => [`(cannot explain: ${error.message})`])), "```", "");
      }
    }
  } finally {
    await explainer.close();
    await db.$disconnect();
  }
  console.log(out.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
