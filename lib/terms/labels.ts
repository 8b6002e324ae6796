// Readers' words for structured terms (lib/terms): the terms' fields, and their values. The
// reading pages, the forms, history diffs and the conflict screen all take them from here.
import type { ceasefireScopes, ceasefireTypes } from "@/lib/terms/ceasefire";
import type { foreignTroopsOptions, natoOptions } from "@/lib/terms/neutrality";
import type { frozenAssetsOptions, reparationsOptions } from "@/lib/terms/reparations";
import type { Region, TerritorialClaim } from "@/lib/terms/territory";
import type { TermsConfidence } from "@/lib/vocab";
import { regionLabel as regionInSentence } from "@/lib/compare/territory-labels";

export const ceasefireTypeLabel: Record<(typeof ceasefireTypes)[number], string> = {
  unconditional: "Unconditional ceasefire",
  conditional: "Ceasefire on conditions",
  none: "No ceasefire before a settlement",
};

export const ceasefireScopeLabel: Record<(typeof ceasefireScopes)[number], string> = {
  full: "Full: all fronts, land, air and sea",
  "air-sea": "Air and sea only",
  energy: "Strikes on energy infrastructure only",
  "black-sea": "Black Sea only",
  holiday: "Holiday truce",
  partial: "Partial",
};

/** Region names as list labels: the names are the comparison's; only "other" and "all" read differently at the head of a line. */
export const regionLabel: Record<Region, string> = {
  ...regionInSentence,
  other: "Other regions",
  all: "Every other occupied region",
};

export const territorialClaimLabel: Record<TerritorialClaim, string> = {
  "recognised-russian-de-jure": "recognised as Russian (de jure)",
  "recognised-russian-de-facto": "recognised as Russian (de facto)",
  "ukrainian-withdrawal": "Ukrainian forces to withdraw",
  "freeze-at-line": "frozen at the current line",
  "demilitarised-zone": "a demilitarised zone",
  "russian-withdrawal": "Russian forces to withdraw",
  "return-to-ukraine": "returned to Ukraine",
  undecided: "left undecided",
};

export const natoLabel: Record<(typeof natoOptions)[number], string> = {
  renounce: "Ukraine renounces NATO membership",
  "keep-option": "Ukraine keeps the option of NATO membership",
  seek: "Ukraine seeks NATO membership",
};

export const foreignTroopsLabel: Record<(typeof foreignTroopsOptions)[number], string> = {
  prohibited: "No foreign troops in Ukraine",
  "peacekeepers-only": "Foreign peacekeepers only",
  allowed: "Foreign troops allowed",
};

export const reparationsLabel: Record<(typeof reparationsOptions)[number], string> = {
  demanded: "Reparations demanded",
  "waiver-demanded": "A waiver of reparations demanded",
  undecided: "Undecided",
};

export const frozenAssetsLabel: Record<(typeof frozenAssetsOptions)[number], string> = {
  reconstruction: "Used for Ukraine's reconstruction",
  return: "Returned to Russia",
  "keep-frozen": "Kept frozen",
  undecided: "Undecided",
};

export const confidenceLabel: Record<TermsConfidence, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

export const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** Each term's name, as history diffs, the conflict screen and form errors show it. */
export const termFieldLabel: Record<string, string> = {
  type: "Type",
  durationDays: "Length (days)",
  startDate: "Start date",
  scope: "Scope",
  preconditions: "Preconditions",
  monitoring: "Monitoring",
  claims: "Territorial claims",
  region: "Region",
  claim: "Claim",
  nato: "NATO membership",
  foreignTroops: "Foreign troops",
  nonNuclear: "Non-nuclear status",
  guaranteesRequired: "Guarantees required",
  reparations: "Reparations",
  frozenAssets: "Frozen assets",
  maxTroops: "Troop cap",
  maxTanks: "Tank cap",
  maxArtillery: "Artillery cap",
  capsAccepted: "Caps accepted",
};

/** Term fields whose values read as words rather than codes, in diffs and side by side as on the reading pages. */
export const termValueLabel: Record<string, Record<string, string>> = {
  type: ceasefireTypeLabel,
  scope: ceasefireScopeLabel,
  region: regionLabel,
  claim: territorialClaimLabel,
  nato: natoLabel,
  foreignTroops: foreignTroopsLabel,
  reparations: reparationsLabel,
  frozenAssets: frozenAssetsLabel,
};

/** Term fields holding a calendar date. */
export const termDateFields = new Set(["startDate"]);
