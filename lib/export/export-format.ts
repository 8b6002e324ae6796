// The full-dataset export (GET /api/v1/export.json, `npm run import`): every row that
// defines Parley's records, so a fresh database loaded from it is the same database —
// same ids, versions, timestamps, statuses and history. Accounts, sessions, tokens and
// sign-in attempts are not part of it. Rows keep the database's column names; a record's
// own child rows (an event's participants, a position's citations…) sit inside it.
// Retracted records are included and marked by `retractedAt`, so nothing is lost.
//
// Bump FORMAT_VERSION on any change an older importer could misread.
import { z } from "zod";
import { datePrecisions } from "@/lib/dates/partial-date";
import { entityTypes } from "@/lib/records/registry";
import { revisionActions } from "@/lib/revisions/record-revision";
import {
  attributionKind,
  commitmentStatus,
  issueKind,
  negotiationStatus,
  partyKind,
  positionStatus,
  stance,
  termsConfidence,
} from "@/lib/vocab";

export const EXPORT_FORMAT = "parley-export";
export const FORMAT_VERSION = 1;

const id = z.string().min(1).max(200);
const timestamp = z.iso.datetime({ offset: false });
const jsonObject = z.record(z.string(), z.unknown());
const precision = z.enum(datePrecisions);

/** Columns every editable record carries. */
const record = {
  id,
  version: z.number().int().min(1),
  retractedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const exportedNegotiation = z.strictObject({
  ...record,
  slug: z.string().min(1),
  title: z.string(),
  summary: z.string(),
  status: negotiationStatus,
});

export const exportedParty = z.strictObject({
  ...record,
  slug: z.string().min(1),
  name: z.string(),
  shortName: z.string(),
  kind: partyKind,
  colour: z.string(),
});

/** A party's seat in a negotiation (NegotiationParty). */
export const exportedSeat = z.strictObject({
  negotiationId: id,
  partyId: id,
  role: z.string().nullable(),
  order: z.number().int(),
});

export const exportedIssue = z.strictObject({
  ...record,
  negotiationId: id,
  slug: z.string().min(1),
  name: z.string(),
  description: z.string(),
  kind: issueKind,
  order: z.number().int(),
});

export const exportedSource = z.strictObject({
  ...record,
  outlet: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publishedOn: z.string().nullable(),
});

export const exportedEvent = z.strictObject({
  ...record,
  slug: z.string().min(1),
  negotiationId: id,
  name: z.string(),
  date: timestamp,
  datePrecision: precision,
  location: z.string().nullable(),
  summary: z.string(),
  participants: z.array(z.strictObject({ partyId: id })),
  sources: z.array(z.strictObject({ sourceId: id, order: z.number().int() })),
});

export const exportedCitation = z.strictObject({
  id,
  sourceId: id,
  attribution: attributionKind,
  quote: z.string().nullable(),
  speaker: z.string().nullable(),
  order: z.number().int(),
  createdAt: timestamp,
});

export const exportedPosition = z.strictObject({
  ...record,
  partyId: id,
  issueId: id,
  eventId: id.nullable(),
  stance,
  summary: z.string(),
  terms: jsonObject.nullable(),
  termsConfidence: termsConfidence.nullable(),
  termsNote: z.string().nullable(),
  details: z.string().nullable(),
  notes: z.string().nullable(),
  /** The first instant of the period `statedOnPrecision` names (a month-only date is its 1st). */
  statedOn: timestamp,
  statedOnPrecision: precision,
  status: positionStatus,
  withdrawnOn: timestamp.nullable(),
  supersededById: id.nullable(),
  citations: z.array(exportedCitation),
});

export const exportedCommitment = z.strictObject({
  ...record,
  negotiationId: id,
  eventId: id.nullable(),
  summary: z.string(),
  status: commitmentStatus,
  evidence: z.string().nullable(),
  parties: z.array(z.strictObject({ partyId: id })),
  sources: z.array(z.strictObject({ sourceId: id, order: z.number().int() })),
});

export const exportedRevision = z.strictObject({
  id,
  entityType: z.enum(entityTypes),
  entityId: id,
  action: z.enum(revisionActions),
  /** The account that made the change; accounts are not exported, so it may name none. */
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  note: z.string().nullable(),
  before: jsonObject.nullable(),
  after: jsonObject.nullable(),
  createdAt: timestamp,
});

export const exportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION, {
    error: (issue) =>
      typeof issue.input === "number"
        ? `This file is export format version ${issue.input}; this Parley reads version ${FORMAT_VERSION}`
        : `Expected export format version ${FORMAT_VERSION}`,
  }),
  generatedAt: timestamp,
  negotiations: z.array(exportedNegotiation),
  parties: z.array(exportedParty),
  negotiationParties: z.array(exportedSeat),
  issues: z.array(exportedIssue),
  sources: z.array(exportedSource),
  events: z.array(exportedEvent),
  positions: z.array(exportedPosition),
  commitments: z.array(exportedCommitment),
  /** Every change to the records above, oldest first. */
  revisions: z.array(exportedRevision),
});

export type ExportFile = z.infer<typeof exportFile>;
