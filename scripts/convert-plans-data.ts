// One-off: turns the researched reference file of plans into Parley's own seed file
// (prisma/seed/plans.json). The project then holds its own copy; this script stays for
// provenance. It refuses to overwrite the seed file, whose summaries have since been
// reworded by hand: pass --force only to start over. Usage: tsx scripts/convert-plans-data.ts <dir> [--force]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceKey } from "@/lib/seed/reference-mapping";
import { planSeedFile, type PlanSeedFile } from "@/lib/seed/plan-seed-file";

type RefSource = { outlet: string; title: string; url: string | null; date?: string | null };
type RefPoint = { number: string; summary: string; issues: string[]; matches: string | null; change: "new" | "changed" | "unchanged"; changeNote?: string };
type RefPlan = {
  id: string; negotiation: string; title: string; author: string; coAuthors?: string[]; date: string; previousVersion: string | null;
  status: PlanSeedFile["plans"][number]["status"]; summary: string; points: RefPoint[]; removedFromPrevious?: { number: string; note: string }[];
  sources: RefSource[]; notes?: string;
};

const dir = process.argv[2] ?? "../shared/data";
const target = "prisma/seed/plans.json";
if (existsSync(target) && !process.argv.includes("--force")) {
  console.error(`${target} exists and holds hand-written summaries; pass --force to overwrite it.`);
  process.exit(1);
}
const ref = JSON.parse(readFileSync(path.join(dir, "plans.json"), "utf8")) as { plans: RefPlan[] };

// How many points each document has, where the reference says so (its titles and notes);
// other documents' counts are not known and stay null.
const pointCounts: Record<string, number> = {
  "us-28-point-plan-2025-11": 28,
  "eu-24-point-plan-2025-11-23": 24,
  // A point-by-point mark-up keeping the US numbering ("keeps the US structure"; its notes name
  // its points 27 and 28): its numbers run to 28, point 3 deleted and 26 absent.
  "e3-counterproposal-2025-11-23": 28,
  "us-ua-geneva-framework-2025-11-23": 19, // "reported (FT, ABC) to have shrunk from 28 to 19 points"
  "ru-us-27-point-text-2025-12": 27,
  "ua-us-20-point-framework-2025-12-23": 20,
  "gaza-us-21-point-draft-2025": 21,
  "gaza-trump-20-point-plan-2025": 20,
  "ru-ua-china-12-point-position-2023": 12,
  "ru-ua-zelensky-peace-formula-2022": 10,
  "ru-ua-istanbul-communique-2022": 10, // "The communiqué is reported to have ten points"
  "ru-ua-russia-memorandum-jun-2025": 31, // "reported to contain 31 points"
};

/**
 * Whether a point's label is the document's own number. The reference labels points whose
 * number is not known "u1", "u2"…; it letters the Istanbul communiqué's reconstructed points
 * A–I; it gives memoranda items positional labels ("I.1") under their sections' numerals;
 * and it splits a phase in two ("Phase 1 (transition)").
 */
function numberPrinted(plan: RefPlan, number: string): boolean {
  if (/^u\d+$/.test(number)) return false;
  if (plan.id === "ru-ua-istanbul-communique-2022") return false;
  if (/^[IVX]+\.\d+$/.test(number)) return false;
  return !/\(/.test(number);
}

const change = { unchanged: "kept", changed: "changed", new: null } as const;

const sources = new Map<string, PlanSeedFile["sources"][number]>();
function cite(s: RefSource): string {
  const key = sourceKey(s);
  if (!sources.has(key)) sources.set(key, { key, outlet: s.outlet, title: s.title, url: s.url, publishedOn: s.date ?? null });
  return key;
}

const plans: PlanSeedFile["plans"] = ref.plans.map((p) => ({
  id: p.id,
  negotiation: p.negotiation,
  title: p.title,
  authors: [p.author, ...(p.coAuthors ?? [])],
  date: p.date,
  status: p.status,
  summary: p.summary,
  notes: p.notes ?? null,
  pointCount: pointCounts[p.id] ?? null,
  previousVersion: p.previousVersion,
  sources: p.sources.map(cite),
  points: p.points.map((pt) => {
    if ((pt.matches === null) !== (pt.change === "new")) throw new Error(`${p.id} ${pt.number}: a mapped point must be kept or changed, an unmapped one new`);
    return {
      number: pt.number,
      numberPrinted: numberPrinted(p, pt.number),
      // The reference opens summaries of unnumbered points with "(Number not public)"; numberPrinted says it.
      summary: pt.summary.replace(/^\(Number not (?:public|shown(?: in excerpts)?)\)\s*/, ""),
      issues: pt.issues,
      revises: pt.matches,
      change: change[pt.change],
      changeNote: pt.changeNote ?? null,
    };
  }),
  dropped: (p.removedFromPrevious ?? []).map((d) => ({ number: d.number, note: d.note ?? null })),
}));

const file = planSeedFile.parse({ sources: [...sources.values()], plans });
writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
console.log(`Wrote ${target}: ${file.plans.length} plans, ${file.plans.reduce((n, p) => n + p.points.length, 0)} points, ${file.sources.length} sources.`);
