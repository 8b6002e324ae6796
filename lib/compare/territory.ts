// Territory is compared area by area (docs/comparison-rules.md, "territory"). A side's claim
// on an area is its own claim on it, else its claim on the nearest area it lies in, else its
// claim on `all`; areas either side names are compared in the negotiation's order, and when
// both sides claim `all`, what is left is compared once more as "all other areas".
import { parsePartialDate } from "@/lib/dates/partial-date";
import { ALL_AREAS, type TerritorialClaim, type TerritoryTerms } from "@/lib/terms/territory";
import { areaName, partyName, type ContextArea, type TermsContext } from "@/lib/terms/terms-context";
import { classifyClaims, type DecidedClaim } from "./territory-claims";
import type { CompareClass, CompareContext, Part, SideLabels } from "./types";
import { subject } from "./wording";

const recognitionPhrase = { "de-jure": " (recognised de jure)", "de-facto": " (recognised de facto)", none: " (unrecognised)" } as const;

/** What a side "wants" for an area, as the object of that verb, with parties by name. */
export function claimPhrase(claim: DecidedClaim, context: TermsContext): string {
  switch (claim.outcome) {
    case "held-by":
      return `control by ${partyName(context, claim.party ?? "")}${claim.recognition ? recognitionPhrase[claim.recognition] : ""}`;
    case "withdrawal":
      return `the withdrawal of ${partyName(context, claim.party ?? "")}'s forces`;
    case "frozen-line":
      return "a freeze at the current line";
    case "demilitarised":
      return "demilitarisation";
    case "international":
      return "an international administration or force";
  }
}

export const allAreasLabel = "all areas";
export const otherAreasLabel = "all other areas";

export function compareTerritory(a: TerritoryTerms, b: TerritoryTerms, labels: SideLabels, context: CompareContext): Part[] {
  const areas = context.areas;
  const parents = new Map(areas.map((area) => [area.slug, area.parent]));
  const holdings = new Map(areas.map((area) => [area.slug, holdingOn(area, context.asOf)]));
  const sides = [indexClaims(a), indexClaims(b)] as const;

  const named = namedAreas(sides, areas);
  const parts: Part[] = [];
  for (const slug of named) {
    const part = compareArea(slug, areaName(context, slug), claimOn(sides[0], slug, parents), claimOn(sides[1], slug, parents), holdings.get(slug) ?? null, labels, context);
    if (part) parts.push(part);
  }
  // Both sides' `all` also covers every area neither names; compare it once, so a blanket
  // difference ("freeze everything else" against "withdraw from everything") shows.
  if (sides[0].has(ALL_AREAS) && sides[1].has(ALL_AREAS)) {
    const rest = areas.filter((area) => !covered(area.slug, sides, parents));
    const label = named.length > 0 ? otherAreasLabel : allAreasLabel;
    const part = compareArea(ALL_AREAS, label, sides[0].get(ALL_AREAS), sides[1].get(ALL_AREAS), sharedHolding(rest, holdings), labels, context);
    if (part) parts.push(part);
  }
  return parts;
}

type Claims = ReadonlyMap<string, TerritorialClaim>;

function indexClaims(terms: TerritoryTerms): Claims {
  return new Map(terms.claims.map((c) => [c.area, c]));
}

/** Areas either side names, in the negotiation's order; slugs it does not know come last, as named. */
function namedAreas(sides: readonly [Claims, Claims], areas: readonly ContextArea[]): string[] {
  const named = new Set([...sides[0].keys(), ...sides[1].keys()].filter((slug) => slug !== ALL_AREAS));
  const known = areas.map((a) => a.slug).filter((slug) => named.has(slug));
  return [...known, ...[...named].filter((slug) => !known.includes(slug))];
}

/** The areas an area lies in, nearest first. */
function* ancestors(slug: string, parents: ReadonlyMap<string, string | null>) {
  const seen = new Set([slug]);
  for (let at = parents.get(slug); at && !seen.has(at); at = parents.get(at)) {
    seen.add(at);
    yield at;
  }
}

/** A side's claim on an area: its own, else on the nearest area it lies in, else on `all`. */
function claimOn(claims: Claims, slug: string, parents: ReadonlyMap<string, string | null>): TerritorialClaim | undefined {
  return claimOnArea(claims, slug, parents)?.claim;
}

/** A side's claim on an area and the area it was made on (`slug`, a parent's, or `all`). */
function claimOnArea(claims: Claims, slug: string, parents: ReadonlyMap<string, string | null>): { claim: TerritorialClaim; on: string } | undefined {
  for (const on of [slug, ...ancestors(slug, parents), ALL_AREAS]) {
    const claim = claims.get(on);
    if (claim) return { claim, on };
  }
  return undefined;
}

/** One party's claim on each area of the negotiation, as the comparison reads it (by area slug). */
export function claimsOnAreas(terms: TerritoryTerms, context: TermsContext): Map<string, { claim: TerritorialClaim; on: string }> {
  const claims = indexClaims(terms);
  const parents = new Map(context.areas.map((area) => [area.slug, area.parent]));
  return new Map(context.areas.flatMap((area) => {
    const found = claimOnArea(claims, area.slug, parents);
    return found ? [[area.slug, found] as const] : [];
  }));
}

/** How two sides compare on one area of the negotiation: a class, and why. */
export type AreaComparison = { area: string; label: string; class: CompareClass; reason: string };

/**
 * Two sides compared on every area of the negotiation, one by one, by the same rule as
 * compareTerritory: an area neither names is compared by the claims that stand for it (its
 * parent's, or `all`), and one a side leaves undecided or says nothing about is unknown,
 * with the reason. For maps, where every area is shaded.
 */
export function compareTerritoryByArea(a: TerritoryTerms, b: TerritoryTerms, labels: SideLabels, context: CompareContext): AreaComparison[] {
  const parents = new Map(context.areas.map((area) => [area.slug, area.parent]));
  const sides = [indexClaims(a), indexClaims(b)] as const;
  return context.areas.map((area) => {
    const x = claimOn(sides[0], area.slug, parents);
    const y = claimOn(sides[1], area.slug, parents);
    const part = compareArea(area.slug, area.name, x, y, holdingOn(area, context.asOf), labels, context);
    if (part) return { area: area.slug, label: area.name, class: part.class, reason: part.reason };
    return { area: area.slug, label: area.name, class: "unknown", reason: unknownReason(x, y, labels) };
  });
}

function unknownReason(x: TerritorialClaim | undefined, y: TerritorialClaim | undefined, labels: SideLabels): string {
  const silent = (claim: TerritorialClaim | undefined, label: string) =>
    // Silence in the coded terms is not a renounced claim: say only what the record lacks.
    !claim ? `nothing coded for ${label} names it` : claim.outcome === "undecided" ? `${subject(label, "leaves")} it undecided` : null;
  const reasons = [silent(x, labels.a), silent(y, labels.b)].filter((r): r is string => r !== null).join("; ");
  return reasons.charAt(0).toUpperCase() + reasons.slice(1);
}

/** Whether either side names the area, or an area it lies in. */
function covered(slug: string, sides: readonly [Claims, Claims], parents: ReadonlyMap<string, string | null>) {
  const names = (slug: string) => sides[0].has(slug) || sides[1].has(slug);
  return names(slug) || [...ancestors(slug, parents)].some(names);
}

/** Who holds an area, and whether only part of it. */
type Holding = { party: string; inPart: boolean };

/** Who held the area on the statement date: a holding that began after it does not count. */
function holdingOn(area: ContextArea, asOf: Date | undefined): Holding | null {
  if (!area.holder) return null;
  const since = area.heldSince ? parsePartialDate(area.heldSince) : null;
  return asOf && since && since.date > asOf ? null : { party: area.holder, inPart: area.heldInPart === true };
}

/**
 * The one party holding every area of `rest` whose holder is recorded, or null; it holds
 * them only in part when it holds any of them only in part.
 */
function sharedHolding(rest: readonly ContextArea[], holdings: ReadonlyMap<string, Holding | null>): Holding | null {
  const found = rest.map((area) => holdings.get(area.slug)).filter((h): h is Holding => !!h);
  const parties = new Set(found.map((h) => h.party));
  return parties.size === 1 ? { party: found[0]!.party, inPart: found.some((h) => h.inPart) } : null;
}

function compareArea(
  key: string,
  label: string,
  x: TerritorialClaim | undefined,
  y: TerritorialClaim | undefined,
  holding: Holding | null,
  labels: SideLabels,
  context: TermsContext,
): Part | null {
  if (!x || !y || x.outcome === "undecided" || y.outcome === "undecided") return null;
  const result = classifyClaims(x as DecidedClaim, y as DecidedClaim, holding?.party ?? null, holding?.inPart ?? false);
  const wantA = claimPhrase(x as DecidedClaim, context);
  const wantB = claimPhrase(y as DecidedClaim, context);
  const wants = wantA === wantB ? `${labels.a} and ${labels.b} both want ${wantA}` : `${subject(labels.a, "wants")} ${wantA}; ${subject(labels.b, "wants")} ${wantB}`;
  if (!result.turnsOnHolder) return { key, label, class: result.class, reason: wants };
  const now = (them: string) =>
    holding ? `${subject(partyName(context, holding.party), "holds")} ${holding.inPart ? `part of ${them}` : them} now` : `who holds ${them} now is not recorded`;
  return { key, label, class: result.class, reason: `${wants}; ${now("it")}`, reasonForMany: `${wants}; ${now("them")}` };
}
