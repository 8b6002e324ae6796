// The shape of a record as a revision stores it: every column, dates as ISO strings, plus
// the relations editors change (a position's citations, an event's participants and
// sources, a commitment's parties and sources, a negotiation's parties). Snapshots written
// by the seed loader hold the columns only; code reading a snapshot treats a missing
// relation as "not recorded", never as "empty".

type Row = {
  id: string;
  version: number;
  retractedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type NegotiationSnapshot = Row & {
  slug: string;
  title: string;
  summary: string;
  status: string;
  parties?: { partyId: string; role: string | null }[];
};

export type PartySnapshot = Row & {
  slug: string;
  name: string;
  shortName: string;
  kind: string;
  colour: string;
};

export type IssueSnapshot = Row & {
  negotiationId: string;
  slug: string;
  name: string;
  description: string;
  kind: string;
  order: number;
};

export type CitationSnapshot = {
  sourceId: string;
  attribution: string;
  quote: string | null;
  speaker: string | null;
};

export type PositionSnapshot = Row & {
  partyId: string;
  issueId: string;
  eventId: string | null;
  stance: string;
  summary: string;
  terms: Record<string, unknown> | null;
  termsConfidence: string | null;
  termsNote: string | null;
  details: string | null;
  notes: string | null;
  statedOn: string;
  statedOnPrecision: string;
  status: string;
  withdrawnOn: string | null;
  supersededById: string | null;
  citations?: CitationSnapshot[];
};

export type SourceSnapshot = Row & {
  outlet: string;
  title: string;
  url: string | null;
  publishedOn: string | null;
};

export type EventSnapshot = Row & {
  negotiationId: string;
  slug: string;
  name: string;
  date: string;
  datePrecision: string;
  location: string | null;
  summary: string;
  participantIds?: string[];
  sourceIds?: string[];
};

export type CommitmentSnapshot = Row & {
  negotiationId: string;
  eventId: string | null;
  summary: string;
  status: string;
  evidence: string | null;
  partyIds?: string[];
  sourceIds?: string[];
};

export type SnapshotByType = {
  negotiation: NegotiationSnapshot;
  party: PartySnapshot;
  issue: IssueSnapshot;
  position: PositionSnapshot;
  source: SourceSnapshot;
  event: EventSnapshot;
  commitment: CommitmentSnapshot;
};

export type AnySnapshot = SnapshotByType[keyof SnapshotByType];
