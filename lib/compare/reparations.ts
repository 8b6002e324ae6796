// Reparations compares the reparations claim and the fate of the frozen assets.
import type { ReparationsTerms } from "@/lib/terms/reparations";
import type { Part, PartClass, SideLabels } from "./types";
import { describeWants } from "./wording";

type Reparations = Exclude<NonNullable<ReparationsTerms["reparations"]>, "undecided">;
type FrozenAssets = Exclude<NonNullable<ReparationsTerms["frozenAssets"]>, "undecided">;

const reparationsPhrase: Record<Reparations, string> = {
  demanded: "reparations paid",
  "waiver-demanded": "reparations waived",
};

const frozenAssetsPhrase: Record<FrozenAssets, string> = {
  reconstruction: "frozen assets spent on reconstruction",
  return: "frozen assets returned",
  "keep-frozen": "frozen assets kept frozen",
};

// Keeping the assets frozen postpones the choice between the two ends, so it is
// partly aligned with either.
function classifyFrozenAssets(x: FrozenAssets, y: FrozenAssets): PartClass {
  if (x === y) return "aligned";
  return x === "keep-frozen" || y === "keep-frozen" ? "partly-aligned" : "opposed";
}

export function compareReparations(a: ReparationsTerms, b: ReparationsTerms, labels: SideLabels): Part[] {
  const parts: Part[] = [];
  // `undecided` states no position, so it is skipped like a blank.
  const ra = a.reparations === "undecided" ? undefined : a.reparations;
  const rb = b.reparations === "undecided" ? undefined : b.reparations;
  if (ra && rb) {
    parts.push({
      key: "reparations",
      label: "reparations",
      class: ra === rb ? "aligned" : "opposed",
      reason: describeWants(labels, reparationsPhrase[ra], reparationsPhrase[rb]),
    });
  }
  const fa = a.frozenAssets === "undecided" ? undefined : a.frozenAssets;
  const fb = b.frozenAssets === "undecided" ? undefined : b.frozenAssets;
  if (fa && fb) {
    parts.push({
      key: "frozenAssets",
      label: "frozen assets",
      class: classifyFrozenAssets(fa, fb),
      reason: describeWants(labels, frozenAssetsPhrase[fa], frozenAssetsPhrase[fb]),
    });
  }
  return parts;
}
