"use client";
import type { ComponentType } from "react";
import type { TermChoices } from "@/lib/forms/terms-fields";
import type { IssueKind } from "@/lib/vocab";
import { CeasefireTermsFields } from "./ceasefire-terms-fields";
import { MilitaryLimitsTermsFields } from "./military-limits-terms-fields";
import { NeutralityTermsFields } from "./neutrality-terms-fields";
import { ReparationsTermsFields } from "./reparations-terms-fields";
import { TerritoryTermsFields } from "./territory-terms-fields";
import { SecurityGuaranteesTermsFields } from "./security-guarantees-terms-fields";
import { SanctionsTermsFields } from "./sanctions-terms-fields";
import { ExchangeTermsFields } from "./exchange-terms-fields";
import { MeetingTermsFields } from "./meeting-terms-fields";
import { MembershipTermsFields } from "./membership-terms-fields";
import { ElectionsTermsFields } from "./elections-terms-fields";
import { AidAccessTermsFields } from "./aid-access-terms-fields";
import { DeploymentTermsFields } from "./deployment-terms-fields";
import { DisarmamentTermsFields } from "./disarmament-terms-fields";
import { GovernanceTermsFields } from "./governance-terms-fields";
import { FundingTermsFields } from "./funding-terms-fields";
import { RecognitionTermsFields } from "./recognition-terms-fields";
import { EnforcementTermsFields } from "./enforcement-terms-fields";

/** Each issue kind's terms form, one line per kind; general issues have none. */
const forms: Record<IssueKind, ComponentType<{ choices: TermChoices }> | null> = {
  ceasefire: CeasefireTermsFields,
  territory: TerritoryTermsFields,
  neutrality: NeutralityTermsFields,
  reparations: ReparationsTermsFields,
  "military-limits": MilitaryLimitsTermsFields,
  "security-guarantees": SecurityGuaranteesTermsFields,
  sanctions: SanctionsTermsFields,
  exchange: ExchangeTermsFields,
  meeting: MeetingTermsFields,
  membership: MembershipTermsFields,
  elections: ElectionsTermsFields,
  "aid-access": AidAccessTermsFields,
  deployment: DeploymentTermsFields,
  disarmament: DisarmamentTermsFields,
  governance: GovernanceTermsFields,
  funding: FundingTermsFields,
  recognition: RecognitionTermsFields,
  enforcement: EnforcementTermsFields,
  general: null,
};

/** The structured-terms form of an issue's kind; `choices` are the areas and parties its terms may name. */
export function TermsFields({ kind, choices }: { kind: IssueKind; choices: TermChoices }) {
  const Form = forms[kind];
  if (!Form) return <p className="text-sm text-muted">General issues have no structured terms: the summary carries the position.</p>;
  return <Form choices={choices} />;
}
