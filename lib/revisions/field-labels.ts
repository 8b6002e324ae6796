// Words for the fields a history page shows, and which kind of record an id field points
// at, so a diff reads "Party: Russia → Ukraine" rather than "partyId: c1… → c2…".

const labels: Record<string, string> = {
  slug: "Address (slug)",
  title: "Title",
  name: "Name",
  shortName: "Short name",
  summary: "Summary",
  status: "Status",
  kind: "Kind",
  colour: "Colour",
  description: "Description",
  order: "Order",
  negotiationId: "Negotiation",
  partyId: "Party",
  issueId: "Issue",
  eventId: "Event",
  stance: "Stance",
  terms: "Terms",
  termsConfidence: "Confidence in the terms coding",
  termsNote: "Coding note",
  details: "Details",
  notes: "Editorial notes",
  statedOn: "Statement date",
  statedOnPrecision: "Statement date precision",
  withdrawnOn: "Withdrawn on",
  supersededById: "Superseded by",
  citations: "Sources cited",
  outlet: "Outlet",
  url: "Web address",
  publishedOn: "Published",
  date: "Date",
  datePrecision: "Date precision",
  location: "Place",
  participantIds: "Participants",
  sourceIds: "Sources",
  partyIds: "Parties",
  parties: "Parties",
  evidence: "Evidence",
  retractedAt: "Retracted",
  createdAt: "Recorded",
  id: "Id",
  attribution: "Attribution",
  quote: "Quote",
  speaker: "Speaker",
  role: "Role",
  // Terms
  type: "Type",
  durationDays: "Length (days)",
  startDate: "Start",
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

export type RefKind = "negotiation" | "party" | "issue" | "event" | "source" | "position";

/** The kind of record an id field (or a list of ids) points at. */
export const referenceFields: Record<string, RefKind> = {
  negotiationId: "negotiation",
  partyId: "party",
  issueId: "issue",
  eventId: "event",
  supersededById: "position",
  sourceId: "source",
  sourceIds: "source",
  citations: "source",
  participantIds: "party",
  partyIds: "party",
  parties: "party",
};

export function fieldLabel(field: string): string {
  return labels[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());
}

/** Fields holding a moment Parley recorded (ISO timestamps), as opposed to a statement date. */
export const timestampFields = new Set(["retractedAt", "createdAt", "updatedAt"]);
