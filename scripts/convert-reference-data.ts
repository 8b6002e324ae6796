// One-off: turns the researched reference dataset into Parley's own seed file
// (prisma/seed/russia-ukraine.json). The project then holds its own copy; this script
// stays for provenance. It refuses to overwrite the seed file, whose summaries have since
// been reworded by hand: pass --force only to start over. Usage: tsx scripts/convert-reference-data.ts <dir> [--force]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { commitmentStatusFromReference, sourceRegistry } from "@/lib/seed/reference-mapping";
import type { SeedFile } from "@/lib/seed/seed-file";
import type { IssueKind } from "@/lib/vocab";
import { seedPositionFrom, writeSeedFile, type ReferencePosition } from "./reference-data";

// The first negotiation's issues whose positions the reference codes in a term shape; the
// rest are general. Its own slugs, so they live here with its conversion, not in lib/.
const issueKindFromReference: Record<string, IssueKind> = {
  ceasefire: "ceasefire",
  territory: "territory",
  "neutrality-nato": "neutrality",
  "reparations-assets": "reparations",
  "army-limits": "military-limits",
};

const dir = process.argv[2] ?? "../shared/data";
const target = "prisma/seed/russia-ukraine.json";
if (existsSync(target) && !process.argv.includes("--force")) {
  console.error(`${target} exists and holds hand-written summaries; pass --force to overwrite it.`);
  process.exit(1);
}
const ref = JSON.parse(readFileSync(path.join(dir, "russia-ukraine.json"), "utf8"));
const coded = JSON.parse(readFileSync(path.join(dir, "russia-ukraine-terms.json"), "utf8")).terms;

// Presentation only: short labels and an Okabe–Ito-based palette that stays distinct
// for colour-blind readers. Kinds are lib/vocab's state / bloc / organisation.
const partyExtras: Record<string, { shortName: string; kind: "state" | "bloc" | "organisation"; colour: string }> = {
  russia: { shortName: "Russia", kind: "state", colour: "#d55e00" },
  ukraine: { shortName: "Ukraine", kind: "state", colour: "#0072b2" },
  "united-states": { shortName: "United States", kind: "state", colour: "#009e73" },
  "european-powers": { shortName: "European powers", kind: "bloc", colour: "#56b4e9" },
  "united-kingdom": { shortName: "UK", kind: "state", colour: "#cc79a7" },
  france: { shortName: "France", kind: "state", colour: "#e69f00" },
  germany: { shortName: "Germany", kind: "state", colour: "#000000" },
  poland: { shortName: "Poland", kind: "state", colour: "#f0e442" },
  "european-union": { shortName: "EU", kind: "organisation", colour: "#332288" },
  turkey: { shortName: "Turkey", kind: "state", colour: "#882255" },
  china: { shortName: "China", kind: "state", colour: "#999933" },
  uae: { shortName: "UAE", kind: "state", colour: "#44aa99" },
};

const { cite, sources } = sourceRegistry();

// Who took part in each event. The reference lists no participants for this negotiation's
// events, so they are coded from each event's own name and summary: the parties they say
// met, hosted, presented or announced — not every party with a statement linked to the
// event, which may be a reply from elsewhere. (The first seed listed those; a data
// migration, prisma/data-migrations/20261209000000_seeded_records_as_stated.ts, corrects them.)
const participants: Record<string, string[]> = {
  "istanbul-2022": ["russia", "ukraine"],
  "draft-treaty-apr-2022": ["russia", "ukraine"],
  "peace-formula-2022": ["ukraine"],
  "china-position-2023": ["china"],
  "putin-conditions-2024": ["russia"],
  "burgenstock-2024": ["ukraine"],
  "european-response-feb-2025": ["european-powers", "poland", "united-kingdom"],
  "jeddah-2025": ["ukraine", "united-states"],
  "trump-putin-call-mar-2025": ["russia", "united-states"],
  "riyadh-black-sea-2025": ["russia", "ukraine", "united-states"],
  "easter-truce-2025": ["russia"],
  "us-framework-apr-2025": ["european-powers", "united-states"],
  "london-counterproposal-apr-2025": ["european-powers", "ukraine"],
  "kyiv-summit-may-2025": ["european-powers", "france", "germany", "poland", "ukraine", "united-kingdom"],
  "putin-istanbul-offer-may-2025": ["russia"],
  "istanbul-may-2025": ["russia", "turkey", "ukraine"],
  "istanbul-june-2025": ["russia", "ukraine"],
  "us-ultimatum-jul-2025": ["united-states"],
  "istanbul-july-2025": ["russia", "ukraine"],
  "chevening-counterproposal-aug-2025": ["european-powers", "ukraine", "united-states"],
  "alaska-summit-2025": ["russia", "united-states"],
  "white-house-aug-2025": ["european-union", "france", "germany", "ukraine", "united-kingdom", "united-states"],
  "coalition-paris-sep-2025": ["european-powers", "france"],
  "oct-2025-freeze-and-sanctions": ["russia", "united-states"],
  "us-28-point-plan-nov-2025": ["united-states"],
  "e3-counterproposal-nov-2025": ["european-powers", "france", "germany", "united-kingdom"],
  "geneva-nov-2025": ["ukraine", "united-states"],
  "moscow-dec-2025": ["russia", "united-states"],
  "berlin-dec-2025": ["germany", "ukraine", "united-states"],
  "eu-summit-dec-2025": ["european-union"],
  "twenty-point-plan-dec-2025": ["ukraine"],
  "mar-a-lago-dec-2025": ["ukraine", "united-states"],
  "paris-declaration-jan-2026": ["european-powers", "france", "ukraine", "united-kingdom", "united-states"],
  "abu-dhabi-jan-2026": ["russia", "ukraine", "united-states"],
  "abu-dhabi-feb-2026": ["russia", "ukraine", "united-states"],
  "geneva-feb-2026": ["russia", "ukraine", "united-states"],
  "march-2026-round": ["russia"],
};

const positions: SeedFile["positions"] = ref.positions.map((p: ReferencePosition & { quote?: { text: string; speaker: string } }) => {
  const c = coded[p.id];
  return seedPositionFrom(p, { summary: p.summary, quote: p.quote ?? null, coding: c ?? null }, cite);
});

const commitments: SeedFile["commitments"] = ref.commitments.map((c: any) => {
  return {
    id: c.id,
    parties: c.parties,
    summary: c.summary,
    event: c.event ?? null,
    status: commitmentStatusFromReference[c.status],
    evidence: c.evidence ?? null,
    sources: c.sources.map(cite),
  };
});

const events: SeedFile["events"] = ref.events.map((e: any) => ({
  slug: e.slug,
  name: e.name,
  date: e.date,
  location: e.location ?? null,
  summary: e.summary,
  participants: participants[e.slug] ?? [],
  sources: e.sources.map(cite),
}));

const out: SeedFile = {
  negotiation: {
    slug: "russia-ukraine",
    title: "Russia–Ukraine peace process",
    summary:
      "Negotiations over the war between Russia and Ukraine: the Istanbul rounds of spring 2022, the direct talks revived in Istanbul in May 2025, and the US frameworks and European counter-proposals around them.",
    status: "active",
  },
  parties: ref.parties.map((p: any) => ({ slug: p.slug, name: p.name, ...partyExtras[p.slug]!, role: p.kind })),
  issues: ref.issues.map((i: any) => ({
    slug: i.slug,
    name: i.name,
    description: i.description,
    kind: issueKindFromReference[i.slug] ?? "general",
  })),
  // Areas and party-neutral territorial claims came later: the seed file's were added by
  // hand from researched data, and its territory terms rewritten as
  // prisma/data-migrations/ rewrites a database's (docs/comparison-rules.md).
  areas: [],
  sources: sources(),
  events,
  positions,
  commitments,
};

writeSeedFile(target, out);
