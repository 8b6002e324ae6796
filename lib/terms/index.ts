// Structured terms by issue kind (docs/domain-rules.md, "Issue kinds and their terms"). Forms, API, seed and comparison
// all validate with these schemas.
import { z } from "zod";
import type { IssueKind } from "@/lib/vocab";
import { ceasefireTerms, type CeasefireTerms } from "./ceasefire";
import { generalTerms, type GeneralTerms } from "./general";
import { militaryLimitsTerms, type MilitaryLimitsTerms } from "./military-limits";
import { neutralityTerms, type NeutralityTerms } from "./neutrality";
import { reparationsTerms, type ReparationsTerms } from "./reparations";
import { territoryTerms, type TerritoryTerms } from "./territory";
import { sanctionsTerms, type SanctionsTerms } from "./sanctions";
import { exchangeTerms, type ExchangeTerms } from "./exchange";
import { meetingTerms, type MeetingTerms } from "./meeting";
import { membershipTerms, type MembershipTerms } from "./membership";
import { electionsTerms, type ElectionsTerms } from "./elections";
import { securityGuaranteesTerms, type SecurityGuaranteesTerms } from "./security-guarantees";
import { aidAccessTerms, type AidAccessTerms } from "./aid-access";
import { deploymentTerms, type DeploymentTerms } from "./deployment";
import { disarmamentTerms, type DisarmamentTerms } from "./disarmament";
import { governanceTerms, type GovernanceTerms } from "./governance";
import { fundingTerms, type FundingTerms } from "./funding";
import { recognitionTerms, type RecognitionTerms } from "./recognition";
import { enforcementTerms, type EnforcementTerms } from "./enforcement";

export const termsSchemaByKind = {
  ceasefire: ceasefireTerms,
  territory: territoryTerms,
  neutrality: neutralityTerms,
  reparations: reparationsTerms,
  "military-limits": militaryLimitsTerms,
  "security-guarantees": securityGuaranteesTerms,
  sanctions: sanctionsTerms,
  exchange: exchangeTerms,
  meeting: meetingTerms,
  membership: membershipTerms,
  elections: electionsTerms,
  "aid-access": aidAccessTerms,
  deployment: deploymentTerms,
  disarmament: disarmamentTerms,
  governance: governanceTerms,
  funding: fundingTerms,
  recognition: recognitionTerms,
  enforcement: enforcementTerms,
  general: generalTerms,
} as const satisfies Record<IssueKind, z.ZodType>;

export type TermsByKind = {
  ceasefire: CeasefireTerms;
  territory: TerritoryTerms;
  neutrality: NeutralityTerms;
  reparations: ReparationsTerms;
  "military-limits": MilitaryLimitsTerms;
  "security-guarantees": SecurityGuaranteesTerms;
  sanctions: SanctionsTerms;
  exchange: ExchangeTerms;
  meeting: MeetingTerms;
  membership: MembershipTerms;
  elections: ElectionsTerms;
  "aid-access": AidAccessTerms;
  deployment: DeploymentTerms;
  disarmament: DisarmamentTerms;
  governance: GovernanceTerms;
  funding: FundingTerms;
  recognition: RecognitionTerms;
  enforcement: EnforcementTerms;
  general: GeneralTerms;
};

/** Terms tagged with their kind, for code that handles any issue. */
export type AnyTerms = { [K in IssueKind]: { kind: K; terms: TermsByKind[K] } }[IssueKind];

export function parseTerms(kind: IssueKind, value: unknown) {
  return termsSchemaByKind[kind].safeParse(value);
}

/** True when a terms value states nothing (null, `{}`, or a territory with no claims). */
export function isEmptyTerms(value: unknown): boolean {
  if (value == null || typeof value !== "object") return true;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return true;
  return entries.every(([, v]) => Array.isArray(v) && v.length === 0);
}

export { ceasefireTerms, generalTerms, militaryLimitsTerms, neutralityTerms, reparationsTerms, territoryTerms };
export { aidAccessTerms, deploymentTerms, disarmamentTerms, enforcementTerms, fundingTerms, governanceTerms, recognitionTerms, electionsTerms, exchangeTerms, meetingTerms, membershipTerms, sanctionsTerms, securityGuaranteesTerms };
export type { CeasefireTerms, GeneralTerms, MilitaryLimitsTerms, NeutralityTerms, ReparationsTerms, TerritoryTerms };
export type { AidAccessTerms, DeploymentTerms, DisarmamentTerms, EnforcementTerms, FundingTerms, GovernanceTerms, RecognitionTerms, ElectionsTerms, ExchangeTerms, MeetingTerms, MembershipTerms, SanctionsTerms, SecurityGuaranteesTerms };
