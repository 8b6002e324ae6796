import type { ComponentType } from "react";
import { isEmptyTerms, parseTerms, type TermsByKind } from "@/lib/terms";
import { emptyTermsContext, type TermsContext } from "@/lib/terms/terms-context";
import { issueKind, type IssueKind } from "@/lib/vocab";
import { CeasefireTermsView } from "./ceasefire-terms";
import { MilitaryLimitsTermsView } from "./military-limits-terms";
import { NeutralityTermsView } from "./neutrality-terms";
import { ReparationsTermsView } from "./reparations-terms";
import { TerritoryTermsView } from "./territory-terms";
import { SecurityGuaranteesTermsView } from "./security-guarantees-terms";
import { SanctionsTermsView } from "./sanctions-terms";
import { ExchangeTermsView } from "./exchange-terms";
import { MeetingTermsView } from "./meeting-terms";
import { MembershipTermsView } from "./membership-terms";
import { ElectionsTermsView } from "./elections-terms";
import { AidAccessTermsView } from "./aid-access-terms";
import { DeploymentTermsView } from "./deployment-terms";
import { DisarmamentTermsView } from "./disarmament-terms";
import { GovernanceTermsView } from "./governance-terms";
import { FundingTermsView } from "./funding-terms";
import { RecognitionTermsView } from "./recognition-terms";
import { EnforcementTermsView } from "./enforcement-terms";

type ViewProps<T> = { terms: T; context: TermsContext };

/** How each issue kind's terms read, one line per kind; general issues carry none. */
const views: { [K in IssueKind]: ComponentType<ViewProps<TermsByKind[K]>> | null } = {
  ceasefire: CeasefireTermsView,
  territory: TerritoryTermsView,
  neutrality: NeutralityTermsView,
  reparations: ReparationsTermsView,
  "military-limits": MilitaryLimitsTermsView,
  "security-guarantees": SecurityGuaranteesTermsView,
  sanctions: SanctionsTermsView,
  exchange: ExchangeTermsView,
  meeting: MeetingTermsView,
  membership: MembershipTermsView,
  elections: ElectionsTermsView,
  "aid-access": AidAccessTermsView,
  deployment: DeploymentTermsView,
  disarmament: DisarmamentTermsView,
  governance: GovernanceTermsView,
  funding: FundingTermsView,
  recognition: RecognitionTermsView,
  enforcement: EnforcementTermsView,
  general: null,
};

/** Structured terms in readable form, by the issue's kind; `context` names the areas and parties they refer to. */
export function TermsView({ kind, terms, context = emptyTermsContext }: { kind: string; terms: unknown; context?: TermsContext }) {
  const parsedKind = issueKind.safeParse(kind);
  const View = parsedKind.success ? (views[parsedKind.data] as ComponentType<ViewProps<unknown>> | null) : null;
  if (!parsedKind.success || !View) {
    return <p className="text-muted">Issues of this kind carry no structured terms: the summary says it all.</p>;
  }
  if (isEmptyTerms(terms)) return <p className="text-muted">No structured terms have been coded for this statement.</p>;
  const parsed = parseTerms(parsedKind.data, terms);
  if (!parsed.success) return <p className="text-muted">The coded terms could not be read.</p>;
  return <View terms={parsed.data} context={context} />;
}
