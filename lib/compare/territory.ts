// Territory is compared region by region (docs/domain-rules.md, "Comparison rules").
import { regions, type Region, type TerritorialClaim, type TerritoryTerms } from "@/lib/terms/territory";
import type { Part, PartClass, SideLabels } from "./types";
import { claimPhrase, regionLabel, remainingTerritoryLabel } from "./territory-labels";
import { describeWants } from "./wording";

type DecidedClaim = Exclude<TerritorialClaim, "undecided">;
type ClaimGroup = "to-russia" | "status-quo" | "to-ukraine";

const claimGroup: Record<DecidedClaim, ClaimGroup> = {
  "recognised-russian-de-jure": "to-russia",
  "recognised-russian-de-facto": "to-russia",
  "ukrainian-withdrawal": "to-russia",
  "freeze-at-line": "status-quo",
  "demilitarised-zone": "status-quo",
  "russian-withdrawal": "to-ukraine",
  "return-to-ukraine": "to-ukraine",
};

// The two to-Russia vs status-quo pairs the rules call partly aligned: each leaves the
// land where it is now in practice. Every other to-Russia vs status-quo pair is opposed.
const nearPairs: ReadonlyArray<readonly [DecidedClaim, DecidedClaim]> = [
  ["recognised-russian-de-facto", "freeze-at-line"],
  ["demilitarised-zone", "ukrainian-withdrawal"],
];

export function classifyClaims(x: DecidedClaim, y: DecidedClaim): PartClass {
  if (x === y) return "aligned";
  const gx = claimGroup[x];
  const gy = claimGroup[y];
  if (gx === gy) return "partly-aligned";
  if (nearPairs.some(([p, q]) => (p === x && q === y) || (p === y && q === x))) return "partly-aligned";
  const groups = new Set([gx, gy]);
  // Status quo vs to Ukraine is partly: a freeze does not rule out a later return.
  if (groups.has("status-quo") && groups.has("to-ukraine")) return "partly-aligned";
  return "opposed";
}

export function compareTerritory(a: TerritoryTerms, b: TerritoryTerms, labels: SideLabels): Part[] {
  const named = regions.filter((r) => r !== "all" && (hasClaim(a, r) || hasClaim(b, r)));
  const parts: Part[] = [];
  for (const region of named) {
    const part = compareRegion(region, regionLabel[region], resolveClaim(a, region), resolveClaim(b, region), labels);
    if (part) parts.push(part);
  }
  // Both sides' `all` also covers every region neither of them names; compare it once
  // so a blanket difference ("freeze everything else" vs "withdraw from everything") shows.
  if (hasClaim(a, "all") && hasClaim(b, "all")) {
    const label = named.length > 0 ? remainingTerritoryLabel : regionLabel.all;
    const part = compareRegion("all", label, resolveClaim(a, "all"), resolveClaim(b, "all"), labels);
    if (part) parts.push(part);
  }
  return parts;
}

function hasClaim(terms: TerritoryTerms, region: Region): boolean {
  return terms.claims.some((c) => c.region === region);
}

/** A side's claim on a region: its own claim if named, else its claim on `all`. */
function resolveClaim(terms: TerritoryTerms, region: Region): TerritorialClaim | undefined {
  const own = terms.claims.find((c) => c.region === region);
  return (own ?? terms.claims.find((c) => c.region === "all"))?.claim;
}

function compareRegion(
  key: Region,
  label: string,
  x: TerritorialClaim | undefined,
  y: TerritorialClaim | undefined,
  labels: SideLabels,
): Part | null {
  if (x === undefined || y === undefined || x === "undecided" || y === "undecided") return null;
  return { key, label, class: classifyClaims(x, y), reason: describeWants(labels, claimPhrase[x], claimPhrase[y]) };
}
