// What structured terms name by slug: the areas of the position's negotiation and parties.
// Each kind lists its references here, one line per kind, so the checks on saving, the
// names shown to readers, and the updates when a slug changes are written once for all.
import type { IssueKind } from "@/lib/vocab";
import { termsSchemaByKind, type TermsByKind } from "./index";
import { ALL_AREAS } from "./territory";

export type TermReference = {
  kind: "area" | "party";
  slug: string;
  /** Where it sits in the terms ("claims.1.area"), for per-field messages. */
  path: (string | number)[];
  /** How messages name the row ("Claim 2"). */
  row: string;
  /** A party that must take part in the negotiation (who holds an area, whose forces leave it). */
  seated?: boolean;
};

type Lister<T> = (terms: T) => TermReference[];

/** Each party of a list field ("imposedBy.0"), its row named by the field's words. */
function partiesIn(field: string, row: string, list: readonly string[] | undefined, seated = false): TermReference[] {
  return (list ?? []).map((slug, i) => ({ kind: "party" as const, slug, path: [field, i], row, ...(seated ? { seated } : {}) }));
}

/** Each area of a list field ("crossings.0"), its row named by the field's words. */
function areasIn(field: string, row: string, list: readonly string[] | undefined): TermReference[] {
  return (list ?? []).map((slug, i) => ({ kind: "area" as const, slug, path: [field, i], row }));
}

/** The party an exchange side names: it must take part, since it releases people. */
function sideParty(field: "sideA" | "sideB", row: string, side: { party: string } | undefined): TermReference[] {
  return side ? [{ kind: "party", slug: side.party, path: [field, "party"], row, seated: true }] : [];
}

const references: { [K in IssueKind]: Lister<TermsByKind[K]> | null } = {
  ceasefire: null,
  territory: (terms) =>
    terms.claims.flatMap((claim, i): TermReference[] => [
      ...(claim.area === ALL_AREAS ? [] : [{ kind: "area" as const, slug: claim.area, path: ["claims", i, "area"], row: `Claim ${i + 1}` }]),
      ...(claim.party ? [{ kind: "party" as const, slug: claim.party, path: ["claims", i, "party"], row: `Claim ${i + 1}`, seated: true }] : []),
    ]),
  neutrality: null,
  reparations: null,
  "military-limits": null,
  "security-guarantees": (terms) => [
    ...partiesIn("guarantors", "Guarantors", terms.guarantors),
    ...partiesIn("nonGuarantors", "Not guarantors", terms.nonGuarantors),
    ...partiesIn("forceContributors", "Forces sent by", terms.forceContributors),
    ...partiesIn("forceNonContributors", "No forces from", terms.forceNonContributors),
  ],
  sanctions: (terms) => partiesIn("imposedBy", "Whose sanctions", terms.imposedBy),
  exchange: (terms) => [...sideParty("sideA", "First side", terms.sideA), ...sideParty("sideB", "Second side", terms.sideB)],
  meeting: (terms) => partiesIn("participants", "Participants", terms.participants, true),
  membership: null,
  elections: null,
  "aid-access": (terms) => areasIn("crossings", "Crossings", terms.crossings),
  deployment: (terms) => [
    ...partiesIn("contributors", "Troops sent by", terms.contributors),
    ...partiesIn("excludedContributors", "No troops from", terms.excludedContributors),
    ...partiesIn("approvedBy", "Approved by", terms.approvedBy),
    ...areasIn("where", "Where", terms.where),
  ],
  disarmament: (terms) => partiesIn("armedParties", "Whose weapons", terms.armedParties),
  recognition: null,
  enforcement: (terms) => [
    ...partiesIn("guarantors", "Guarantors", terms.guarantors),
    ...partiesIn("appliesTo", "Whose compliance", terms.appliesTo),
    ...partiesIn("monitors", "Monitors", terms.monitors),
    ...partiesIn("enforcedBy", "Enforced by", terms.enforcedBy),
  ],
  funding: (terms) => [
    ...partiesIn("payers", "Paid by", terms.payers),
    ...partiesIn("declinedPayers", "Not paid by", terms.declinedPayers),
    ...areasIn("areas", "Funded areas", terms.areas),
    ...areasIn("excludedAreas", "Areas not funded", terms.excludedAreas),
  ],
  governance: (terms) => [...partiesIn("governingParties", "Governing role for", terms.governingParties), ...partiesIn("excluded", "Excluded", terms.excluded)],
  general: null,
};

/** Whether terms of this kind can name areas or parties at all. */
export function kindHasReferences(kind: IssueKind): boolean {
  return references[kind] !== null;
}

/** The areas and parties terms of `kind` name; none when the terms do not fit the kind. */
export function listTermReferences(kind: IssueKind, terms: unknown): TermReference[] {
  const list = references[kind] as Lister<unknown> | null;
  if (!list || terms == null) return [];
  const parsed = termsSchemaByKind[kind].safeParse(terms);
  return parsed.success ? list(parsed.data) : [];
}

/**
 * The terms with every reference to `from` (an area's or a party's slug) renamed to `to`,
 * or null when they name no such thing. Works on the stored JSON, so fields the schema
 * does not know are kept as they are.
 */
export function renameTermReference(
  kind: IssueKind,
  terms: unknown,
  rename: { kind: TermReference["kind"]; from: string; to: string },
): Record<string, unknown> | null {
  const hits = listTermReferences(kind, terms).filter((ref) => ref.kind === rename.kind && ref.slug === rename.from);
  if (hits.length === 0) return null;
  const copy = structuredClone(terms) as Record<string, unknown>;
  for (const { path } of hits) {
    let at: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1]!] = rename.to;
  }
  return copy;
}
