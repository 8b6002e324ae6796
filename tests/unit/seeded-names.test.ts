// Nothing of a seeded negotiation is a word in the code: its parties and areas are records,
// so a third negotiation needs no code. This reads every seed file's parties (slug, name,
// short name), areas (slug, name), its negotiation's slug, its issues' own words (a slug
// of several words that is not an issue kind, an acronym in an issue's name such as an
// alliance's) and the places its events were held (each part of a location, "Palace, City,
// Country") and fails if any of them appears in lib/ or components/, as a whole word, in
// any case. Comments and examples there use invented
// names (Ruritania, North Province) instead.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { issueKinds } from "@/lib/vocab";

type SeedNames = {
  negotiation?: { slug: string };
  parties?: { slug: string; name: string; shortName: string }[];
  areas?: { slug: string; name: string }[];
  issues?: { slug: string; name: string }[];
  events?: { location?: string | null }[];
};

const seedFiles = readdirSync("prisma/seed").filter((f) => f.endsWith(".json")).map((f) => path.join("prisma/seed", f));

/** The ways code could name a record: its slug, as words, its name with and without what the brackets add. */
function spellings(slug: string, ...names: string[]): string[] {
  const out = [slug, slug.replace(/-/g, " ")];
  for (const name of names) {
    const plain = name.replace(/\s*\(.*?\)\s*/g, " ").trim();
    out.push(name, plain);
    // "Donetsk region" is also "Donetsk"; "Philadelphi corridor", "Philadelphi".
    out.push(plain.replace(/\s+(region|corridor)$/i, ""));
    // A short name in brackets ("Turkey (Türkiye)").
    for (const [, inner] of name.matchAll(/\(([^(),:]+)\)/g)) if (inner!.trim().split(/\s+/).length <= 2) out.push(inner!.trim());
  }
  return [...new Set(out.filter((s) => s.length >= 2))];
}

/**
 * An issue's own words: its slug when it is of several words and not a kind's name
 * ("army-limits", not "security-guarantees" or "ceasefire", which are vocabulary), and
 * acronyms of three or more capitals in its name ("NATO").
 */
function issueWords(issue: { slug: string; name: string }): string[] {
  const kinds: readonly string[] = issueKinds;
  const slug = issue.slug.includes("-") && !kinds.includes(issue.slug) ? [issue.slug] : [];
  return [...slug, ...(issue.name.match(/\b[A-Z]{3,}\b/g) ?? [])];
}

/** The places in an event's location ("Ciragan Palace, Istanbul, Turkey"): each named part of up to three words. */
function placeNames(location: string | null | undefined): string[] {
  return (location ?? "")
    .split(/[,/;()]/)
    .map((part) => part.trim())
    .filter((part) => /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 3);
}

function seededNames(): string[] {
  const names = new Set<string>();
  for (const file of seedFiles) {
    const seed = JSON.parse(readFileSync(file, "utf8")) as SeedNames;
    for (const p of seed.parties ?? []) for (const s of spellings(p.slug, p.name, p.shortName)) names.add(s);
    for (const a of seed.areas ?? []) for (const s of spellings(a.slug, a.name)) names.add(s);
    if (seed.negotiation) names.add(seed.negotiation.slug);
    for (const issue of seed.issues ?? []) for (const s of issueWords(issue)) names.add(s);
    for (const event of seed.events ?? []) for (const s of placeNames(event.location)) names.add(s);
  }
  return [...names];
}

/**
 * A name as a whole word; a name all in capitals ("EU", "NATO") only in capitals, so "eu"
 * in an address or the terms' field `nato` (the shape's own word) is not one.
 */
function pattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "[\\s-]+");
  const shortCapitals = /\p{Lu}/u.test(name) && name === name.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, shortCapitals ? "u" : "iu");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (full === path.join("lib", "db", "generated")) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|css|json)$/.test(entry) ? [full] : [];
  });
}

describe("the code names nothing of a seeded negotiation", () => {
  const names = seededNames();

  it("reads the seeded parties and areas", () => {
    expect(seedFiles.length).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(20);
    // Every bundled negotiation: Russia–Ukraine's and Gaza's parties and areas alike.
    expect(names).toEqual(expect.arrayContaining(["Russia", "Donetsk", "Hamas", "Islamic Jihad", "Philadelphi", "Yellow line", "Rafah crossing"]));
    // The negotiations' slugs and their issues' own words, but not the kinds' vocabulary.
    expect(names).toEqual(expect.arrayContaining(["russia-ukraine", "israel-hamas-gaza", "neutrality-nato", "army-limits", "NATO"]));
    expect(names).not.toEqual(expect.arrayContaining(["ceasefire"]));
    expect(names).not.toEqual(expect.arrayContaining(["security-guarantees"]));
  });

  it("in lib/ and components/", () => {
    const patterns = names.map((name) => [name, pattern(name)] as const);
    const found: string[] = [];
    for (const file of [...sourceFiles("lib"), ...sourceFiles("components")]) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const [name, re] of patterns) if (re.test(line)) found.push(`${file}:${i + 1}: “${name}” in ${line.trim().slice(0, 120)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("would notice one", () => {
    expect(names.some((name) => pattern(name).test("// as when Ruritania held it"))).toBe(false);
    const [name] = names;
    expect(pattern(name!).test(`const label = "${name!.toUpperCase()}";`) || pattern(name!).test(`x ${name} y`)).toBe(true);
  });
});
