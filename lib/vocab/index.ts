// Parley's controlled vocabularies (docs/domain-rules.md), word for word. One definition used by
// the database layer, the forms, the API and the seed, so none can drift from another.
import { z } from "zod";

export const stances = ["demands", "proposes", "offers", "accepts", "conditional", "rejects", "unclear"] as const;
export const stance = z.enum(stances);
export type Stance = z.infer<typeof stance>;

export const positionStatuses = ["current", "superseded", "withdrawn"] as const;
export const positionStatus = z.enum(positionStatuses);
export type PositionStatus = z.infer<typeof positionStatus>;

export const attributionKinds = [
  "official-statement",
  "document",
  "anonymous-source",
  "analyst",
  "media-report",
] as const;
export const attributionKind = z.enum(attributionKinds);
export type AttributionKind = z.infer<typeof attributionKind>;

export const issueKinds = [
  "ceasefire",
  "territory",
  "neutrality",
  "reparations",
  "military-limits",
  "security-guarantees",
  "sanctions",
  "exchange",
  "meeting",
  "membership",
  "elections",
  "aid-access",
  "deployment",
  "disarmament",
  "governance",
  "funding",
  "recognition",
  "enforcement",
  "general",
] as const;
export const issueKind = z.enum(issueKinds);
export type IssueKind = z.infer<typeof issueKind>;

export const partyKinds = ["state", "bloc", "organisation"] as const;
export const partyKind = z.enum(partyKinds);
export type PartyKind = z.infer<typeof partyKind>;

export const commitmentStatuses = ["promised", "in-progress", "fulfilled", "broken"] as const;
export const commitmentStatus = z.enum(commitmentStatuses);
export type CommitmentStatus = z.infer<typeof commitmentStatus>;

export const negotiationStatuses = ["active", "paused", "concluded"] as const;
export const negotiationStatus = z.enum(negotiationStatuses);
export type NegotiationStatus = z.infer<typeof negotiationStatus>;

export const termsConfidences = ["high", "medium", "low"] as const;
export const termsConfidence = z.enum(termsConfidences);
export type TermsConfidence = z.infer<typeof termsConfidence>;

export const planStatuses = ["draft", "proposed", "agreed", "superseded", "rejected"] as const;
export const planStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatus>;

/** How a plan's point treats the point of the previous version it revises. */
export const pointChanges = ["kept", "changed"] as const;
export const pointChange = z.enum(pointChanges);
export type PointChange = z.infer<typeof pointChange>;
