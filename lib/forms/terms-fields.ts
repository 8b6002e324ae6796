// Structured terms as form fields, per issue kind: "terms.durationDays", "terms.claims.0.area".
// Blank fields are left out, so an untouched terms form states nothing.
import { outcomesWithParty, type TerritoryOutcome } from "@/lib/terms/territory";
import type { IssueKind } from "@/lib/vocab";
import { asBoolean, asNumber, asText, list, readRows, text, type FieldValues, type Option, type Renames } from "./fields";

/** A territorial claim's fields, one select each in its row. */
export const CLAIM_COLUMNS = ["area", "outcome", "party", "recognition"] as const;

/**
 * What a terms form offers to name: the negotiation's areas and its parties, by slug, in
 * readers' words. Loaded with the form (lib/forms/position-form-data.ts).
 */
export type TermChoices = { areas: Option[]; parties: Option[] };

const NUMBERS = new Set(["durationDays", "maxTroops", "maxTanks", "maxArtillery", "sideA.count", "sideB.count", "phases", "timelineYears", "withinDays", "durationYears", "trucksPerDay", "size", "transitionMonths", "electionsWithinMonths", "amountUsd", "monitorCount"]);
const BOOLEANS = new Set(["nonNuclear", "guaranteesRequired", "capsAccepted", "snapback", "incumbentMaySign", "foreignForcesAllowed", "sideA.all", "sideB.all", "allCrossings", "allowed", "amnesty", "territoryDemilitarised", "forcedIfRefused", "technocratic", "demilitarisedState"]);

/**
 * The named fields of each kind, one value each; a dotted name ("sideA.count") is a field of
 * an object within the terms. Territory's claims, the one-per-line lists and the
 * several-choice lists are handled apart.
 */
export const termFieldNames: Record<IssueKind, readonly string[]> = {
  ceasefire: ["type", "durationDays", "startDate", "scope", "monitoring"],
  territory: [],
  neutrality: ["nato", "foreignTroops", "nonNuclear", "guaranteesRequired"],
  reparations: ["reparations", "frozenAssets"],
  "military-limits": ["maxTroops", "maxTanks", "maxArtillery", "capsAccepted"],
  "security-guarantees": ["guarantee", "durationYears", "ratifiedBy", "triggers", "foreignForcesAllowed", "forceTiming"],
  sanctions: ["relief", "timing", "condition", "snapback"],
  exchange: ["formula", "sideA.party", "sideA.count", "sideA.all", "sideB.party", "sideB.count", "sideB.all", "phases"],
  meeting: ["meeting", "level"],
  membership: ["organisation", "membership", "timelineYears"],
  elections: ["timing", "withinDays", "withinDaysFrom", "incumbentMaySign"],
  "aid-access": ["access", "trucksPerDay", "distributor", "allCrossings"],
  deployment: ["allowed", "role", "size", "mandate"],
  enforcement: ["form", "monitoring", "monitorCount", "onViolation"],
  recognition: ["of", "support", "timelineYears", "borders", "capital", "demilitarisedState"],
  funding: ["amountUsd", "durationYears", "administeredBy", "source"],
  governance: ["administrator", "administratorKind", "technocratic", "overseenBy", "transitionMonths", "electionsWithinMonths"],
  disarmament: ["scope", "timing", "handedTo", "verification", "amnesty", "territoryDemilitarised", "forcedIfRefused"],
  general: [],
};

/** Lists of free text, one item per line of a text area (preconditions, targets). */
export const termLineFields: Partial<Record<IssueKind, readonly string[]>> = {
  ceasefire: ["preconditions"],
  "security-guarantees": ["preconditions"],
  sanctions: ["targets"],
  meeting: ["preconditions"],
  elections: ["preconditions"],
  "aid-access": ["rejectedDistributors"],
  disarmament: ["preconditions"],
  governance: ["rejectedAdministrators"],
  funding: ["endorsedPlans", "rejectedPlans", "preconditions"],
  recognition: ["preconditions"],
  enforcement: ["guaranteed"],
};

/** Lists chosen with checkboxes (parties, categories), the field repeated once per choice. */
export const termChoiceFields: Partial<Record<IssueKind, readonly string[]>> = {
  "security-guarantees": ["guarantors", "nonGuarantors", "forceContributors", "forceNonContributors"],
  sanctions: ["imposedBy"],
  exchange: ["categories"],
  meeting: ["participants"],
  "aid-access": ["crossings"],
  disarmament: ["armedParties", "methods"],
  governance: ["governingParties", "excluded"],
  funding: ["payers", "declinedPayers", "areas", "excludedAreas"],
  enforcement: ["guarantors", "appliesTo", "monitors", "enforcedBy"],
  deployment: ["rejectedRoles", "tasks", "rejectedTasks", "contributors", "excludedContributors", "approvedBy", "where"],
};

function setPath(terms: Record<string, unknown>, name: string, value: unknown) {
  const [head, tail] = name.split(".") as [string, string | undefined];
  if (tail === undefined) terms[head] = value;
  else terms[head] = { ...((terms[head] as Record<string, unknown> | undefined) ?? {}), [tail]: value };
}

function getPath(terms: Record<string, unknown>, name: string): unknown {
  const [head, tail] = name.split(".") as [string, string | undefined];
  const value = terms[head];
  return tail === undefined ? value : (value as Record<string, unknown> | undefined)?.[tail];
}

/** The terms a form states, or null when it states none. */
export function termsFromFields(kind: IssueKind, fields: FieldValues, renames: Renames): Record<string, unknown> | null {
  const terms: Record<string, unknown> = {};
  for (const name of termFieldNames[kind]) {
    const raw = text(fields, `terms.${name}`);
    const value = NUMBERS.has(name) ? asNumber(raw) : BOOLEANS.has(name) ? asBoolean(raw) : raw?.trim() || undefined;
    if (value !== undefined) setPath(terms, name, value);
  }
  for (const name of termLineFields[kind] ?? []) {
    const lines = (text(fields, `terms.${name}`) ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > 0) terms[name] = lines;
    lines.forEach((_, i) => (renames[`terms.${name}.${i}`] = `terms.${name}`));
  }
  for (const name of termChoiceFields[kind] ?? []) {
    const chosen = list(fields, `terms.${name}`);
    if (chosen.length > 0) terms[name] = chosen;
    chosen.forEach((_, i) => (renames[`terms.${name}.${i}`] = `terms.${name}`));
  }
  if (kind === "territory") {
    const claims = readRows(fields, "terms.claims", CLAIM_COLUMNS, renames);
    if (claims.length > 0) terms.claims = claims.map(claimFromRow);
  }
  return Object.keys(terms).length > 0 ? terms : null;
}

/**
 * A claim row's filled fields. A party or recognition left chosen beside an outcome that
 * names none (an editor switched "held by" to "frozen line") is dropped rather than refused:
 * the row's selects all stay on screen, and what no longer applies is not part of the claim.
 */
function claimFromRow(row: Record<string, string>): Record<string, string> {
  const claim = Object.fromEntries(CLAIM_COLUMNS.flatMap((column) => (row[column] ? [[column, row[column]]] : [])));
  const outcome = claim.outcome as TerritoryOutcome | undefined;
  if (outcome && !outcomesWithParty.has(outcome)) delete claim.party;
  if (outcome && outcome !== "held-by") delete claim.recognition;
  return claim;
}

/** A stored terms value as form fields. */
export function termsToFields(kind: IssueKind, terms: Record<string, unknown> | null | undefined): FieldValues {
  const out: FieldValues = {};
  if (!terms) return out;
  for (const name of termFieldNames[kind]) {
    const value = getPath(terms, name);
    if (value !== undefined) out[`terms.${name}`] = asText(value);
  }
  for (const name of termLineFields[kind] ?? []) {
    const value = terms[name];
    if (Array.isArray(value)) out[`terms.${name}`] = value.map(asText).join("\n");
  }
  for (const name of termChoiceFields[kind] ?? []) {
    const value = terms[name];
    if (Array.isArray(value)) out[`terms.${name}`] = value.map(asText);
  }
  if (kind === "territory" && Array.isArray(terms.claims)) {
    terms.claims.forEach((c: Record<string, unknown>, i) => {
      for (const column of CLAIM_COLUMNS) out[`terms.claims.${i}.${column}`] = asText(c[column]);
    });
  }
  return out;
}
