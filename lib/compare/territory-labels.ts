// Readers' words for regions and claims: the one place a region's display name lives.
import type { Region, TerritorialClaim } from "@/lib/terms/territory";

export const regionLabel: Record<Region, string> = {
  crimea: "Crimea",
  sevastopol: "Sevastopol",
  donetsk: "Donetsk",
  luhansk: "Luhansk",
  zaporizhzhia: "Zaporizhzhia",
  kherson: "Kherson",
  kharkiv: "Kharkiv",
  sumy: "Sumy",
  dnipropetrovsk: "Dnipropetrovsk",
  mykolaiv: "Mykolaiv",
  other: "other areas",
  all: "all occupied territory",
};

/** `all` compared against `all` once regions are named stands only for the rest. */
export const remainingTerritoryLabel = "all other occupied territory";

/** What a side "wants" for a region, as the object of that verb. */
export const claimPhrase: Record<TerritorialClaim, string> = {
  "recognised-russian-de-jure": "recognition as Russian (de jure)",
  "recognised-russian-de-facto": "recognition as Russian (de facto)",
  "ukrainian-withdrawal": "Ukrainian withdrawal",
  "freeze-at-line": "a freeze at the line of contact",
  "demilitarised-zone": "a demilitarised zone",
  "russian-withdrawal": "Russian withdrawal",
  "return-to-ukraine": "return to Ukraine",
  undecided: "no decision yet",
};
