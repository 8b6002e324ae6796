// Territory is compared area by area (docs/comparison-rules.md, "territory"). A side's claim
// on an area is its own claim on it, else its claim on the nearest area it lies in, else its
// claim on `all`; areas either side names are compared in the negotiation's order, and when
// both sides claim `all`, what is left is compared once more as "all other areas".
import { parsePartialDate } from "@/lib/dates/partial-date";
import { ALL_AREAS, type TerritorialClaim, type TerritoryTerms } from "@/lib/terms/territory";
import { areaName, partyName, type ContextArea, type TermsContext } from "@/lib/terms/terms-context";
import { classifyClaims, type DecidedClaim } from "./territory-claims";
import type { CompareContext, Part, SideLabels } from "./types";

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
  const holders = new Map(areas.map((area) => [area.slug, holderOn(area, context.asOf)]));
  const sides = [claimsByArea(a), claimsByArea(b)] as const;

  const named = namedAreas(sides, areas);
  const parts: Part[] = [];
  for (const slug of named) {
    const part = compareArea(slug, areaName(context, slug), claimOn(sides[0], slug, parents), claimOn(sides[1], slug, parents), holders.get(slug) ?? null, labels, context);
    if (part) parts.push(part);
  }
  // Both sides' `all` also covers every area neither names; compare it once, so a blanket
  // difference ("freeze everything else" against "withdraw from everything") shows.
  if (sides[0].has(ALL_AREAS) && sides[1].has(ALL_AREAS)) {
    const rest = areas.filter((area) => !covered(area.slug, sides, parents));
    const label = named.length > 0 ? otherAreasLabel : allAreasLabel;
    const part = compareArea(ALL_AREAS, label, sides[0].get(ALL_AREAS), sides[1].get(ALL_AREAS), sharedHolder(rest, holders), labels, context);
    if (part) parts.push(part);
  }
  return parts;
}

type Claims = ReadonlyMap<string, TerritorialClaim>;

function claimsByArea(terms: TerritoryTerms): Claims {
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
  const own = claims.get(slug);
  if (own) return own;
  for (const parent of ancestors(slug, parents)) {
    const claim = claims.get(parent);
    if (claim) return claim;
  }
  return claims.get(ALL_AREAS);
}

/** Whether either side names the area, or an area it lies in. */
function covered(slug: string, sides: readonly [Claims, Claims], parents: ReadonlyMap<string, string | null>) {
  const names = (slug: string) => sides[0].has(slug) || sides[1].has(slug);
  return names(slug) || [...ancestors(slug, parents)].some(names);
}

/** Who held the area on the statement date: a holding that began after it does not count. */
function holderOn(area: ContextArea, asOf: Date | undefined): string | null {
  if (!area.holder) return null;
  const since = area.heldSince ? parsePartialDate(area.heldSince) : null;
  return asOf && since && since.date > asOf ? null : area.holder;
}

/** The one party holding every area of `rest` whose holder is recorded, or null. */
function sharedHolder(rest: readonly ContextArea[], holders: ReadonlyMap<string, string | null>): string | null {
  const found = new Set(rest.map((area) => holders.get(area.slug)).filter((h): h is string => !!h));
  return found.size === 1 ? [...found][0]! : null;
}

function compareArea(
  key: string,
  label: string,
  x: TerritorialClaim | undefined,
  y: TerritorialClaim | undefined,
  holder: string | null,
  labels: SideLabels,
  context: TermsContext,
): Part | null {
  if (!x || !y || x.outcome === "undecided" || y.outcome === "undecided") return null;
  const result = classifyClaims(x as DecidedClaim, y as DecidedClaim, holder);
  const wantA = claimPhrase(x as DecidedClaim, context);
  const wantB = claimPhrase(y as DecidedClaim, context);
  const wants = wantA === wantB ? `${labels.a} and ${labels.b} both want ${wantA}` : `${labels.a} wants ${wantA}; ${labels.b} wants ${wantB}`;
  if (!result.turnsOnHolder) return { key, label, class: result.class, reason: wants };
  const now = (them: string) => (holder ? `${partyName(context, holder)} holds ${them} now` : `who holds ${them} now is not recorded`);
  return { key, label, class: result.class, reason: `${wants}; ${now("it")}`, reasonForMany: `${wants}; ${now("them")}` };
}
