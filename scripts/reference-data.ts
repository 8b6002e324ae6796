// What the converters of researched reference data (scripts/convert-*.ts) share: a reference
// position as a seed position, and writing a checked seed file.
import { writeFileSync } from "node:fs";
import detailWords from "@/prisma/seed/detail-words.json";
import { readableDetails } from "@/lib/seed/detail-words";
import { attributionFromReference, detailsToText } from "@/lib/seed/reference-mapping";
import { seedFile, type SeedFile, type SeedPosition } from "@/lib/seed/seed-file";

export type ReferenceSource = { outlet: string; title: string; url: string | null; date?: string | null };
export type ReferencePosition = {
  id: string;
  party: string;
  issue: string;
  event?: string | null;
  date: string;
  stance: SeedPosition["stance"];
  summary: string;
  details?: Record<string, unknown> | null;
  notes?: string | null;
  attribution: string;
  sources: ReferenceSource[];
};
type Coding = { terms: Record<string, unknown>; confidence: NonNullable<SeedPosition["termsConfidence"]>; note: string };

/**
 * A reference position in the seed's shape: its summary in the words given, its coding
 * (terms, confidence, note) if any, and its one quote kept on the first source cited.
 */
export function seedPositionFrom(
  p: ReferencePosition,
  { summary, quote, coding }: { summary: string; quote: { text: string; speaker: string } | null; coding: Coding | null },
  cite: (s: ReferenceSource) => string,
): SeedPosition {
  const attribution = attributionFromReference[p.attribution];
  if (!attribution) throw new Error(`${p.id}: unknown attribution ${p.attribution}`);
  return {
    id: p.id,
    party: p.party,
    issue: p.issue,
    event: p.event ?? null,
    statedOn: p.date,
    stance: p.stance,
    summary,
    details: detailsToText(p.details),
    notes: p.notes ?? null,
    terms: coding ? coding.terms : null,
    termsConfidence: coding ? coding.confidence : null,
    termsNote: coding ? coding.note : null,
    citations: p.sources.map((s, i) => ({
      source: cite(s),
      attribution,
      quote: i === 0 ? (quote?.text ?? null) : null,
      speaker: i === 0 ? (quote?.speaker ?? null) : null,
    })),
  };
}

/**
 * The file with its positions' details in readers' words (lib/seed/detail-words.ts): names
 * and acronyms as prisma/seed/detail-words.json writes them, units named, figures grouped,
 * parties by their short names (those of `parties`, every seed file's, by slug).
 */
export function withReadableDetails(file: SeedFile, parties: SeedFile["parties"] = file.parties): SeedFile {
  const partyNames = new Map(parties.map((party) => [party.slug, party.shortName]));
  return {
    ...file,
    positions: file.positions.map((p) => (p.details ? { ...p, details: readableDetails(p.details, detailWords, partyNames) } : p)),
  };
}

/** Checks a seed file against its schema, writes it with readable details and says what it holds. */
export function writeSeedFile(target: string, file: SeedFile) {
  const parsed = seedFile.parse(withReadableDetails(file));
  writeFileSync(target, JSON.stringify(parsed, null, 2) + "\n");
  const coded = parsed.positions.filter((p) => p.terms).length;
  console.log(
    `wrote ${target}: ${parsed.parties.length} parties, ${parsed.issues.length} issues, ${parsed.areas.length} areas, ` +
      `${parsed.events.length} events, ${parsed.positions.length} positions (${coded} with coded terms), ` +
      `${parsed.commitments.length} commitments, ${parsed.sources.length} sources`,
  );
}
