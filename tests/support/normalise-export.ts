// An export file with what legitimately differs from one seeding to the next taken out:
// generated ids become natural keys ("party:<slug>", "position:<party>|<issue>|<date>|…"),
// moments Parley recorded become "<time>", and lists and keys are put in one order. What is
// left is the seeded data as the export shows it, and must not change by refactoring.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const RECORDED = new Set(["createdAt", "updatedAt", "generatedAt", "retractedAt"]);

function naturalKeys(file: Obj): Map<string, string> {
  const keys = new Map<string, string>();
  const list = (name: string) => (file[name] ?? []) as Obj[];
  const add = (id: Json | undefined, key: string) => {
    if ([...keys.values()].includes(key)) throw new Error(`Two records share the natural key ${key}`);
    keys.set(String(id), key);
  };
  const slugOf = (kind: string, id: Json | undefined) => keys.get(String(id)) ?? `${kind}:?`;
  for (const n of list("negotiations")) add(n.id, `negotiation:${n.slug}`);
  for (const p of list("parties")) add(p.id, `party:${p.slug}`);
  for (const i of list("issues")) add(i.id, `issue:${slugOf("negotiation", i.negotiationId)}/${i.slug}`);
  for (const a of list("areas")) add(a.id, `area:${slugOf("negotiation", a.negotiationId)}/${a.slug}`);
  for (const e of list("events")) add(e.id, `event:${e.slug}`);
  const sourceKey = (s: Obj) => `source:${s.outlet}|${s.title}|${s.url ?? ""}|${s.publishedOn ?? ""}`;
  const sourceCounts = new Map<string, number>();
  for (const s of list("sources")) {
    const key = sourceKey(s);
    const n = (sourceCounts.get(key) ?? 0) + 1;
    sourceCounts.set(key, n);
    add(s.id, n === 1 ? key : `${key}#${n}`);
  }
  for (const p of list("positions")) {
    add(p.id, `position:${slugOf("party", p.partyId)}|${slugOf("issue", p.issueId)}|${p.statedOn}|${String(p.summary).slice(0, 60)}`);
  }
  for (const c of list("commitments")) add(c.id, `commitment:${slugOf("negotiation", c.negotiationId)}|${String(c.summary).slice(0, 80)}`);
  return keys;
}

function rewrite(value: Json, keys: Map<string, string>, field = ""): Json {
  if (typeof value === "string") {
    if (RECORDED.has(field) && TIMESTAMP.test(value)) return "<time>";
    return keys.get(value) ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => rewrite(item, keys, field));
  if (value && typeof value === "object") {
    // Keys in one order: PostgreSQL's JSON columns do not keep the order they were written in.
    const out: Obj = {};
    for (const k of Object.keys(value).sort()) out[k] = rewrite(value[k]!, keys, k);
    return out;
  }
  return value;
}

const order = (a: Json, b: Json) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The export's seeded content, stable across runs and engines. */
export function normaliseExport(file: Obj): Obj {
  const keys = naturalKeys(file);
  const out = rewrite(file, keys) as Obj;
  for (const [name, value] of Object.entries(out)) {
    if (!Array.isArray(value)) continue;
    out[name] = value
      .map((row) => {
        // A record's own id is its natural key; a revision's or a citation's id is generated
        // with nothing to stand for it.
        if (name === "revisions") return { ...(row as Obj), id: "<revision>" };
        if (row && typeof row === "object" && !Array.isArray(row) && Array.isArray(row.citations)) {
          return { ...row, citations: row.citations.map((c) => ({ ...(c as Obj), id: "<citation>" })) };
        }
        return row;
      })
      .sort(order);
  }
  return out;
}
