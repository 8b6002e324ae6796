// Words shown to readers for each vocabulary value.
import type { AttributionKind, CommitmentStatus, IssueKind, PlanStatus, PointChange, PositionStatus, Stance } from "./index";

export const stanceLabel: Record<Stance, string> = {
  demands: "Demands",
  proposes: "Proposes",
  offers: "Offers",
  accepts: "Accepts",
  conditional: "Conditional",
  rejects: "Rejects",
  unclear: "Unclear",
};

export const attributionLabel: Record<AttributionKind, string> = {
  "official-statement": "Official statement",
  document: "Document (leaked or published)",
  "anonymous-source": "Anonymous source",
  analyst: "Analyst",
  "media-report": "Media report",
};

export const commitmentStatusLabel: Record<CommitmentStatus, string> = {
  promised: "Promised",
  "in-progress": "In progress",
  fulfilled: "Fulfilled",
  broken: "Broken",
};

export const positionStatusLabel: Record<PositionStatus, string> = {
  current: "Current",
  superseded: "Superseded",
  withdrawn: "Withdrawn",
};

export const issueKindLabel: Record<IssueKind, string> = {
  ceasefire: "Ceasefire",
  territory: "Territory",
  neutrality: "Neutrality",
  reparations: "Reparations",
  "military-limits": "Military limits",
  "security-guarantees": "Security guarantees",
  sanctions: "Sanctions",
  exchange: "Exchange of prisoners, hostages or remains",
  meeting: "Meeting",
  membership: "Membership of an organisation",
  elections: "Elections",
  "aid-access": "Humanitarian aid access",
  deployment: "Foreign or international forces",
  disarmament: "Disarmament of an armed group",
  governance: "Governance of a territory",
  funding: "Funding for reconstruction or compensation",
  recognition: "Recognition of a state or entity",
  enforcement: "Enforcing the agreement",
  general: "General",
};

export const planStatusLabel: Record<PlanStatus, string> = {
  draft: "Draft",
  proposed: "Proposed",
  agreed: "Agreed",
  superseded: "Superseded",
  rejected: "Rejected",
};

export const pointChangeLabel: Record<PointChange, string> = {
  kept: "Kept",
  changed: "Changed",
};
