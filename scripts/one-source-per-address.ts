// One-off: the seed files recorded some articles twice, once per way the reference data
// described them (a made-up title beside the outlet's own, another spelling of the outlet),
// so a source's page missed what cited its twin. This merges each address's records into
// one, as lib/seed/reference-mapping.ts's registry now does when converting: the first key
// in loading order stays, with the preferred description, and every reference to the
// others points at it. It also writes the list the data migration
// prisma/data-migrations/20261211000000_one_source_per_address.ts merges in a database
// seeded before. Kept for provenance; run again, it finds nothing to merge.
// Usage: tsx scripts/one-source-per-address.ts
import { readFileSync, writeFileSync } from "node:fs";
import { preferredDescription } from "@/lib/seed/reference-mapping";

type Source = { key: string; outlet: string; title: string; url: string | null; publishedOn: string | null };
type File = { sources: Source[] } & Record<string, unknown>;

// In the order prisma/seed.ts loads them: the first file citing an address holds its record.
const paths = ["prisma/seed/russia-ukraine.json", "prisma/seed/israel-hamas-gaza.json", "prisma/seed/plans.json"];
const migrationList = "prisma/data-migrations/20261211000000_one_source_per_address.json";
const files = paths.map((path) => ({ path, file: JSON.parse(readFileSync(path, "utf8")) as File }));

const describe = ({ outlet, title, publishedOn }: Source) => ({ outlet, title, publishedOn });

// Every description of each address, first seen first.
const byAddress = new Map<string, Source[]>();
for (const { file } of files) {
  for (const source of file.sources) {
    if (source.url === null) continue;
    const seen = byAddress.get(source.url) ?? [];
    if (!seen.some((s) => s.key === source.key)) byAddress.set(source.url, [...seen, source]);
  }
}

const merged = [...byAddress].filter(([, seen]) => seen.length > 1);
const keeperOf = new Map<string, Source>();
for (const [, [first, ...others]] of merged) {
  const words = others.reduce((best, s) => preferredDescription(best, s), first!);
  const keeper = { ...first!, ...describe(words) };
  for (const s of [first!, ...others]) keeperOf.set(s.key, keeper);
}

// The records citing a key, by what the seed files call them (seed ids, event slugs).
function citedBy(key: string) {
  const cited = { positions: [] as string[], events: [] as string[], commitments: [] as string[], plans: [] as string[] };
  for (const { file } of files) {
    const f = file as unknown as Record<string, { id?: string; slug?: string; sources?: string[]; citations?: { source: string }[] }[]>;
    for (const p of f.positions ?? []) if (p.citations!.some((c) => c.source === key)) cited.positions.push(p.id!);
    for (const e of f.events ?? []) if (e.sources!.includes(key)) cited.events.push(e.slug!);
    for (const c of f.commitments ?? []) if (c.sources!.includes(key)) cited.commitments.push(c.id!);
    for (const p of f.plans ?? []) if (p.sources!.includes(key)) cited.plans.push(p.id!);
  }
  return cited;
}

const list = merged.map(([url, [first, ...others]]) => ({
  url,
  key: first!.key,
  seededAs: describe(first!),
  describedAs: describe(keeperOf.get(first!.key)!),
  copies: others.map((s) => ({ key: s.key, ...describe(s), citedBy: citedBy(s.key) })),
}));

// A copy's key anywhere outside the sources list becomes its keeper's.
function repoint(value: unknown): unknown {
  if (typeof value === "string") return keeperOf.get(value)?.key ?? value;
  if (Array.isArray(value)) return value.map(repoint);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, repoint(v)]));
  return value;
}

for (const { path, file } of files) {
  const { sources, ...rest } = file;
  const records = repoint(rest) as Record<string, unknown>;
  const text = JSON.stringify(records);
  const kept: Source[] = [];
  for (const source of sources) {
    const keeper = keeperOf.get(source.key);
    // An address recorded once stays as it is; a merged one is listed where something cites it.
    if (!keeper) kept.push(source);
    else if (!kept.some((s) => s.key === keeper.key) && text.includes(`"${keeper.key}"`)) kept.push(keeper);
  }
  const rewritten = Object.fromEntries(Object.keys(file).map((k) => [k, k === "sources" ? kept : records[k]]));
  writeFileSync(path, `${JSON.stringify(rewritten, null, 2)}\n`);
}
if (merged.length > 0) writeFileSync(migrationList, `${JSON.stringify({ addresses: list }, null, 2)}\n`);
console.log(`${merged.length} addresses recorded more than once, merged into one record each`);
