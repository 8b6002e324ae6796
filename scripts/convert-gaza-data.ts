// One-off: writes Parley's own seed file for the Gaza negotiation
// (prisma/seed/israel-hamas-gaza.json) from the researched reference dataset and the work
// prepared on it: Parley's own wording of every summary, name and location, with short
// attributed quotes (--words); the negotiation's areas, with who holds each now (--areas);
// and the coded terms of its positions, each with the coder's confidence and note (--terms).
// The project then holds its own copy; this script stays for provenance. The issues a newer
// kind fits take that kind and its codings, in final shapes, from the data migration that
// re-kinds them in existing databases (prisma/data-migrations/20261206000000_gaza_issue_kinds.json).
// Usage: tsx scripts/convert-gaza-data.ts --reference <file> --words <file> --areas <file> --terms <file>
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { commitmentStatusFromReference, sourceRegistry } from "@/lib/seed/reference-mapping";
import type { SeedFile } from "@/lib/seed/seed-file";
import { parseTerms } from "@/lib/terms";
import type { IssueKind } from "@/lib/vocab";
import rekinded from "@/prisma/data-migrations/20261206000000_gaza_issue_kinds.json";
import { rewordedCodingNotes } from "./gaza-coding-notes";
import { seedPositionFrom, writeSeedFile, type ReferencePosition } from "./reference-data";

type Coding = { issue: string; kind: string; terms: Record<string, unknown>; confidence: "high" | "medium" | "low"; note: string };

const { values: args } = parseArgs({
  options: { reference: { type: "string" }, words: { type: "string" }, areas: { type: "string" }, terms: { type: "string" } },
});
const read = (name: keyof typeof args) => {
  const file = args[name];
  if (!file) {
    console.error(`Pass --${name} <file> (see the usage at the top of this script).`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(file, "utf8"));
};
const ref = read("reference");
const words = read("words");
const areaFile = read("areas");
const codings = read("terms").terms as Record<string, Coding>;
const target = "prisma/seed/israel-hamas-gaza.json";

// Only kinds Parley has a term shape for are seeded; the other codings wait for their shapes,
// and their issues are general until then.
const seededKinds: ReadonlySet<string> = new Set<IssueKind>(["ceasefire", "territory"]);
const issueKinds = new Map<string, IssueKind>();
for (const c of Object.values(codings)) if (seededKinds.has(c.kind)) issueKinds.set(c.issue, c.kind as IssueKind);

for (const id of Object.keys(rewordedCodingNotes)) if (!codings[id]) throw new Error(`A reworded note for ${id}, which has no coding`);

function fail(message: string): never {
  throw new Error(message);
}
const wordsFor = <T>(section: string, key: string): T => words[section][key] ?? fail(`the --words file has no ${section} entry for ${key}`);

const { cite, sources } = sourceRegistry();

// The re-kinded issues' codings, in final shapes and Parley's words, replace the coder's.
for (const [issue, kind] of Object.entries(rekinded.issues)) issueKinds.set(issue, kind as IssueKind);
const rekindedCoding = (id: string): Coding | null => {
  const c = (rekinded.positions as Record<string, { terms: Record<string, unknown>; termsConfidence: Coding["confidence"]; termsNote: string }>)[id];
  return c ? { issue: codings[id]!.issue, kind: issueKinds.get(codings[id]!.issue)!, terms: c.terms, confidence: c.termsConfidence, note: c.termsNote } : null;
};

const positions: SeedFile["positions"] = ref.positions.map((p: ReferencePosition & { quote?: unknown }) => {
  const coding = codings[p.id];
  const coded = rekindedCoding(p.id) ?? (coding && seededKinds.has(coding.kind) && !rekinded.issues[coding.issue as keyof typeof rekinded.issues] ? coding : null);
  if (coded && !parseTerms(coded.kind as IssueKind, coded.terms).success) fail(`${p.id}: its terms do not fit ${coded.kind}`);
  const worded = (words.quotes[p.id] as { text: string; speaker: string } | undefined) ?? null;
  if (Boolean(worded) !== Boolean(p.quote)) fail(`${p.id}: the reference and the --words file disagree on whether it has a quote`);
  // The speaker is named as the reference's quote names them: an office the --words file adds
  // is not in the record, and a reader could not trace it to its source.
  const quote = worded && { text: worded.text, speaker: (p.quote as { speaker: string }).speaker };
  return seedPositionFrom(
    p,
    {
      summary: wordsFor<{ summary: string }>("positions", p.id).summary,
      quote,
      coding: coded ? { ...coded, note: rewordedCodingNotes[p.id] ?? coded.note } : null,
    },
    cite,
  );
});

const commitments: SeedFile["commitments"] = ref.commitments.map((c: any) => {
  const w = wordsFor<{ summary: string; evidence: string | null }>("commitments", c.id);
  // A commitment has no notes of its own: the reference's caveat follows the evidence.
  const evidence = [w.evidence, c.notes].filter(Boolean).join(" ");
  return {
    id: c.id,
    parties: c.parties,
    summary: w.summary,
    event: c.event ?? null,
    status: commitmentStatusFromReference[c.status] ?? fail(`${c.id}: unknown status ${c.status}`),
    evidence: evidence || null,
    sources: c.sources.map(cite),
  };
});

const events: SeedFile["events"] = ref.events.map((e: any) => {
  const w = wordsFor<{ name: string; summary: string; location: string | null }>("events", e.slug);
  return {
    slug: e.slug,
    name: w.name,
    date: e.date,
    location: w.location ?? null,
    summary: w.summary,
    participants: [...(e.participants ?? [])].sort(),
    sources: e.sources.map(cite),
  };
});

const areas: SeedFile["areas"] = [...areaFile.areas]
  .sort((a: any, b: any) => a.order - b.order)
  .map((a: any) => ({
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    code: a.code ?? null,
    parent: null,
    heldBy: a.heldBy ?? null,
    heldSince: a.heldSince ?? null,
    heldInPart: a.heldInPart ?? false,
    notes: a.note ?? null,
  }));

const out: SeedFile = {
  negotiation: { slug: ref.negotiation.slug, ...words.negotiation },
  parties: ref.parties.map((p: any) => {
    const { name, shortName, kind, colour } = wordsFor<any>("parties", p.slug);
    return { slug: p.slug, name, shortName, kind, colour, role: p.kind };
  }),
  issues: ref.issues.map((i: any) => ({
    slug: i.slug,
    name: i.name,
    description: i.description,
    kind: issueKinds.get(i.slug) ?? "general",
  })),
  areas,
  sources: sources(),
  events,
  positions,
  commitments,
};

writeSeedFile(target, out);
