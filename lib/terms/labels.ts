// Readers' words for structured terms (lib/terms): the terms' fields, and their values. The
// reading pages, the forms, history diffs and the conflict screen all take them from here.
import type { ceasefireScopes, ceasefireTypes } from "@/lib/terms/ceasefire";
import type { foreignTroopsOptions, natoOptions } from "@/lib/terms/neutrality";
import type { frozenAssetsOptions, reparationsOptions } from "@/lib/terms/reparations";
import type { Recognition, TerritorialClaim, TerritoryOutcome } from "@/lib/terms/territory";
import type { TermsConfidence } from "@/lib/vocab";
import type { sanctionsReliefOptions, sanctionsTimingOptions } from "@/lib/terms/sanctions";
import type { exchangeCategories, exchangeFormulas } from "@/lib/terms/exchange";
import type { meetingLevels, meetingStances } from "@/lib/terms/meeting";
import type { membershipStances } from "@/lib/terms/membership";
import type { electionTimings } from "@/lib/terms/elections";
import type { forceTimings, guaranteeTypes } from "@/lib/terms/security-guarantees";
import type { aidAccessLevels } from "@/lib/terms/aid-access";
import type { deploymentMandates, deploymentRoles, deploymentTasks } from "@/lib/terms/deployment";
import type { administratorKinds } from "@/lib/terms/governance";
import type { recognitionSupports } from "@/lib/terms/recognition";
import type { enforcementForms, violationResponses } from "@/lib/terms/enforcement";
import type { disarmamentMethods, disarmamentScopes, disarmamentTimings } from "@/lib/terms/disarmament";

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

/** Each territorial outcome in a form's list; the party it names is chosen beside it. */
export const territoryOutcomeLabel: Record<TerritoryOutcome, string> = {
  "held-by": "Held by a party",
  "frozen-line": "Frozen at the current line",
  demilitarised: "Demilitarised",
  international: "Under an international administration or force",
  withdrawal: "A party's forces withdraw",
  undecided: "Left undecided",
};

export const recognitionLabel: Record<Recognition, string> = {
  "de-jure": "Recognised de jure",
  "de-facto": "Recognised de facto",
  none: "Not recognised",
};

/** A claim on `all` names no area of its own: it stands for every area the statement does not name. */
export const allAreasLabel = "Every area not named";

/**
 * A claim in words, parties by their names ("held by Ruritania (recognised de jure)",
 * "Borduria's forces withdraw"): the terms' reading view and history diffs read claims so.
 */
export function describeClaim(claim: Pick<TerritorialClaim, "outcome" | "party" | "recognition">, partyName: (slug: string) => string): string {
  const party = partyName(claim.party ?? "");
  switch (claim.outcome) {
    case "held-by":
      return `held by ${party}${claim.recognition ? ` (${recognitionLabel[claim.recognition].toLowerCase()})` : ""}`;
    case "withdrawal":
      return `${party}'s forces withdraw`;
    default:
      // Stored words only ever come through the schema, but a history shows what was stored.
      return (territoryOutcomeLabel[claim.outcome] ?? String(claim.outcome)).toLowerCase();
  }
}

export const natoLabel: Record<(typeof natoOptions)[number], string> = {
  renounce: "Membership renounced",
  "keep-option": "The option of membership kept open",
  seek: "Membership sought",
};

export const foreignTroopsLabel: Record<(typeof foreignTroopsOptions)[number], string> = {
  prohibited: "No foreign troops",
  "peacekeepers-only": "Foreign peacekeepers only",
  allowed: "Foreign troops allowed",
};

export const reparationsLabel: Record<(typeof reparationsOptions)[number], string> = {
  demanded: "Reparations demanded",
  "waiver-demanded": "A waiver of reparations demanded",
  undecided: "Undecided",
};

export const frozenAssetsLabel: Record<(typeof frozenAssetsOptions)[number], string> = {
  reconstruction: "Used for reconstruction",
  return: "Returned to their owner",
  "keep-frozen": "Kept frozen",
  undecided: "Undecided",
};

export const guaranteeTypeLabel: Record<(typeof guaranteeTypes)[number], string> = {
  "collective-defence": "Collective defence (an attack on one is an attack on all)",
  assistance: "Assistance short of a defence commitment",
  assurances: "Assurances only",
  none: "No guarantee",
};

export const forceTimingLabel: Record<(typeof forceTimings)[number], string> = {
  "after-ceasefire": "After a ceasefire",
  "after-settlement": "After a settlement",
};

export const sanctionsReliefLabel: Record<(typeof sanctionsReliefOptions)[number], string> = {
  full: "All sanctions lifted",
  phased: "Sanctions lifted in stages",
  partial: "Some sanctions lifted",
  none: "No relief",
  tighten: "Sanctions tightened",
};

export const sanctionsTimingLabel: Record<(typeof sanctionsTimingOptions)[number], string> = {
  "at-signing": "At the signing of an agreement",
  "at-ceasefire": "At a ceasefire",
  "after-compliance": "Only once conditions are met",
};

export const exchangeFormulaLabel: Record<(typeof exchangeFormulas)[number], string> = {
  "all-for-all": "All for all",
  ratio: "At a ratio",
  numbers: "Fixed numbers",
  unilateral: "A one-way release",
  none: "No exchange",
};

export const exchangeCategoryLabel: Record<(typeof exchangeCategories)[number], string> = {
  soldiers: "Prisoners of war",
  civilians: "Detained or deported civilians",
  children: "Children",
  hostages: "Hostages",
  remains: "Remains of the dead",
  prisoners: "Prisoners (military or civilian not said)",
};

export const aidAccessLevelLabel: Record<(typeof aidAccessLevels)[number], string> = {
  unimpeded: "Unimpeded",
  increased: "More than now",
  restricted: "Restricted",
  halted: "Halted",
};

export const deploymentRoleLabel: Record<(typeof deploymentRoles)[number], string> = {
  peacekeeping: "Peacekeeping",
  stabilisation: "Stabilisation",
  monitoring: "Monitoring",
  deterrence: "Deterrence",
  enforcement: "Peace enforcement",
};

export const deploymentTaskLabel: Record<(typeof deploymentTasks)[number], string> = {
  "monitor-ceasefire": "Monitor the ceasefire",
  "separate-forces": "Separate the forces",
  "secure-borders": "Secure the borders",
  "disarm-armed-groups": "Disarm armed groups",
  "protect-civilians": "Protect civilians",
  "protect-aid": "Protect aid",
  "support-police": "Support the local police",
};

export const deploymentMandateLabel: Record<(typeof deploymentMandates)[number], string> = {
  un: "The Security Council",
  coalition: "A coalition of states",
  bilateral: "Agreement between states",
};

export const disarmamentScopeLabel: Record<(typeof disarmamentScopes)[number], string> = {
  "all-weapons": "All weapons",
  "heavy-weapons": "Heavy weapons",
  "offensive-weapons": "Offensive weapons",
  none: "No disarmament",
};

export const disarmamentMethodLabel: Record<(typeof disarmamentMethods)[number], string> = {
  handover: "Handed over",
  decommissioning: "Decommissioned",
  storage: "Stored",
  freeze: "Frozen (kept, not used)",
};

export const disarmamentTimingLabel: Record<(typeof disarmamentTimings)[number], string> = {
  "before-withdrawal": "Before any withdrawal",
  phased: "As a stage of the agreement",
  "after-statehood": "Only once a state exists",
  never: "Never",
};

export const administratorKindLabel: Record<(typeof administratorKinds)[number], string> = {
  "interim-body": "An interim local body",
  "existing-authority": "An existing local authority",
  "unity-government": "A unity government of local factions",
  "international-administration": "An international administration",
  "foreign-state": "A foreign state",
};

export const recognitionSupportLabel: Record<(typeof recognitionSupports)[number], string> = {
  supported: "Supported",
  conditional: "Only on conditions",
  rejected: "Rejected",
};

export const enforcementFormLabel: Record<(typeof enforcementForms)[number], string> = {
  "signed-declaration": "A signed declaration",
  assurances: "Assurances",
  resolution: "A resolution",
  treaty: "A treaty",
};

export const violationResponseLabel: Record<(typeof violationResponses)[number], string> = {
  "resumed-force": "Force resumed",
  sanctions: "Sanctions",
  mediation: "Mediation",
  none: "No response",
};

export const meetingStanceLabel: Record<(typeof meetingStances)[number], string> = {
  wanted: "Wanted",
  conditional: "Only on conditions",
  refused: "Refused",
};

export const meetingLevelLabel: Record<(typeof meetingLevels)[number], string> = {
  leaders: "Leaders",
  ministers: "Ministers",
  delegations: "Delegations",
};

export const membershipStanceLabel: Record<(typeof membershipStances)[number], string> = {
  allowed: "Joining allowed",
  blocked: "Joining blocked",
  conditional: "Joining allowed on conditions",
};

export const electionTimingLabel: Record<(typeof electionTimings)[number], string> = {
  "before-ceasefire": "Before a ceasefire",
  "after-ceasefire": "After a ceasefire",
  "before-settlement": "Before the final settlement",
  "after-settlement": "After the settlement",
  "not-required": "No elections required",
};

export const confidenceLabel: Record<TermsConfidence, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

export const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** Each term's name, as history diffs, the conflict screen and form errors show it. */
export const termFieldLabel = {
  type: "Type",
  durationDays: "Length (days)",
  startDate: "Start date",
  scope: "Scope",
  preconditions: "Preconditions",
  monitoring: "Monitoring",
  claims: "Territorial claims",
  area: "Area",
  outcome: "Outcome",
  party: "Party",
  recognition: "Recognition",
  // Territorial claims before they became party-neutral, as older revisions hold them.
  region: "Region",
  claim: "Claim",
  nato: "Alliance membership",
  foreignTroops: "Foreign troops",
  nonNuclear: "Non-nuclear status",
  guaranteesRequired: "Security guarantees required",
  reparations: "Reparations",
  frozenAssets: "Frozen assets",
  maxTroops: "Troop cap",
  maxTanks: "Tank cap",
  maxArtillery: "Artillery cap",
  capsAccepted: "Caps accepted",
  guarantee: "Guarantee",
  guarantors: "Guarantors",
  nonGuarantors: "Not guarantors",
  durationYears: "Length (years)",
  ratifiedBy: "Ratified by",
  triggers: "Triggered by",
  foreignForcesAllowed: "Foreign forces allowed",
  forceContributors: "Forces sent by",
  forceNonContributors: "No forces from",
  forceTiming: "Forces deployed",
  relief: "Sanctions relief",
  timing: "Timing",
  condition: "Condition",
  snapback: "Sanctions restored on a breach",
  imposedBy: "Whose sanctions",
  targets: "Targets",
  formula: "Formula",
  sideA: "First side releases",
  sideB: "Second side releases",
  count: "Number",
  all: "All it holds",
  categories: "Who is released",
  phases: "Phases",
  meeting: "Meeting",
  level: "Level",
  participants: "Participants",
  organisation: "Organisation",
  membership: "Membership",
  timelineYears: "Timeline (years)",
  withinDays: "Within (days)",
  withinDaysFrom: "Days counted from",
  incumbentMaySign: "Current leadership may sign",
  access: "Access for aid",
  trucksPerDay: "Trucks a day",
  distributor: "Distributed by",
  rejectedDistributors: "Not to be distributed by",
  crossings: "Crossings",
  allCrossings: "All crossings open",
  allowed: "A force allowed",
  role: "Role",
  rejectedRoles: "Roles refused",
  tasks: "Tasks",
  rejectedTasks: "Tasks refused",
  contributors: "Troops sent by",
  excludedContributors: "No troops from",
  approvedBy: "Approved by",
  size: "Size (troops)",
  where: "Where",
  mandate: "Mandate",
  armedParties: "Whose weapons",
  methods: "How weapons are dealt with",
  handedTo: "Handed to",
  verification: "Verified by",
  amnesty: "Amnesty",
  territoryDemilitarised: "Territory demilitarised",
  forcedIfRefused: "By force if refused",
  administrator: "Administered by",
  administratorKind: "Kind of administration",
  technocratic: "Technocrats",
  overseenBy: "Overseen by",
  rejectedAdministrators: "Bodies refused",
  governingParties: "Governing role for",
  excluded: "Excluded",
  transitionMonths: "Transition (months)",
  electionsWithinMonths: "Elections within (months)",
  amountUsd: "Amount (US dollars)",
  payers: "Paid by",
  declinedPayers: "Not paid by",
  administeredBy: "Money administered by",
  source: "Money from",
  endorsedPlans: "Plans backed",
  rejectedPlans: "Plans rejected",
  areas: "Funded areas",
  excludedAreas: "Areas not funded",
  of: "Recognition of",
  support: "Recognition",
  borders: "Borders",
  capital: "Capital",
  demilitarisedState: "A demilitarised state",
  form: "Form of the guarantee",
  appliesTo: "Whose compliance",
  guaranteed: "What is guaranteed",
  monitors: "Monitored by",
  monitorCount: "Monitors (people)",
  onViolation: "On a breach",
  enforcedBy: "Enforced by",
} satisfies Record<string, string>;

/** Term fields whose values read as words rather than codes, in diffs and side by side as on the reading pages. */
export const termValueLabel: Record<string, Record<string, string>> = {
  type: ceasefireTypeLabel,
  // Ceasefires and disarmament both have a scope; their words never coincide.
  scope: { ...ceasefireScopeLabel, ...disarmamentScopeLabel },
  outcome: territoryOutcomeLabel,
  recognition: recognitionLabel,
  nato: natoLabel,
  foreignTroops: foreignTroopsLabel,
  reparations: reparationsLabel,
  frozenAssets: frozenAssetsLabel,
  guarantee: guaranteeTypeLabel,
  forceTiming: forceTimingLabel,
  relief: sanctionsReliefLabel,
  // Sanctions and elections both time themselves; their words never coincide.
  timing: { ...sanctionsTimingLabel, ...electionTimingLabel, ...disarmamentTimingLabel },
  formula: exchangeFormulaLabel,
  categories: exchangeCategoryLabel,
  meeting: meetingStanceLabel,
  level: meetingLevelLabel,
  membership: membershipStanceLabel,
  access: aidAccessLevelLabel,
  role: deploymentRoleLabel,
  rejectedRoles: deploymentRoleLabel,
  tasks: deploymentTaskLabel,
  rejectedTasks: deploymentTaskLabel,
  mandate: deploymentMandateLabel,
  methods: disarmamentMethodLabel,
  administratorKind: administratorKindLabel,
  support: recognitionSupportLabel,
  form: enforcementFormLabel,
  onViolation: violationResponseLabel,
};

/** Term fields holding a list of parties by slug, read as the parties' names. */
export const termPartyListFields = new Set(["imposedBy", "participants", "guarantors", "nonGuarantors", "forceContributors", "forceNonContributors", "contributors", "excludedContributors", "approvedBy", "armedParties", "governingParties", "excluded", "payers", "declinedPayers", "appliesTo", "monitors", "enforcedBy"]);

/** Term fields holding a list of areas by slug, read as the areas' names. */
export const termAreaListFields = new Set(["crossings", "where", "areas", "excludedAreas"]);

/** Term fields holding a calendar date. */
export const termDateFields = new Set(["startDate"]);
