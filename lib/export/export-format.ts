// The exports' file format. Two files share it:
// - The archive (GET /api/v1/export.json?scope=archive, for editors and API tokens;
//   `npm run import`): every row that defines Parley's records, so a fresh database loaded
//   from it is the same database — same ids, versions, timestamps, statuses and history.
//   Retracted records are included and marked by `retractedAt`, so nothing is lost.
// - The reader export (GET /api/v1/export.json, for anyone): what readers may see, by the
//   same rules as every page — no retracted record and no link to one, revisions of the
//   records it holds only, each without the account behind it (`actorId`) and naming an
//   API token's owner but not the token. It says so in `format`, so an import refuses it.
// Accounts, sessions, tokens and sign-in attempts are in neither. Rows keep the database's
// column names; a record's own child rows (an event's participants, a position's
// citations…) sit inside it. Each kind describes its sections in
// `lib/<kind>/<kind>-export.ts`; the file lists them in the order of ./file-sections.ts,
// then the revisions.
//
// Bump FORMAT_VERSION on any change an older importer could misread.
import { z } from "zod";
import { entityTypes } from "@/lib/records/registry";
import { revisionActions } from "@/lib/revisions/record-revision";
import { exportedId, exportedJson, exportedTimestamp } from "./export-section";
import { fileSections } from "./file-sections";

export const EXPORT_FORMAT = "parley-export";
export const READER_EXPORT_FORMAT = "parley-reader-export";
// 2: areas, and territorial claims in party-neutral words (lib/export/upgrade-export.ts reads 1).
export const FORMAT_VERSION = 2;

export const exportedRevision = z.strictObject({
  id: exportedId,
  entityType: z.enum(entityTypes),
  entityId: exportedId,
  action: z.enum(revisionActions),
  /** The account that made the change; accounts are not exported, so it may name none. */
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  note: z.string().nullable(),
  before: exportedJson.nullable(),
  after: exportedJson.nullable(),
  createdAt: exportedTimestamp,
});
export type ExportedRevision = z.infer<typeof exportedRevision>;

/** A revision as readers see it: no account id, and an API token's owner without the token's name. */
export const readerRevision = exportedRevision.omit({ actorId: true });
export type ReaderRevision = z.infer<typeof readerRevision>;

export const exportFile: z.ZodType<ExportFile> = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION, {
    error: (issue) =>
      typeof issue.input === "number"
        ? `This file is export format version ${issue.input}; this Parley reads version ${FORMAT_VERSION}`
        : `Expected export format version ${FORMAT_VERSION}`,
  }),
  generatedAt: exportedTimestamp,
  ...Object.fromEntries(fileSections.map((section) => [section.key, z.array(section.schema)])),
  /** Every change to the records above, oldest first. */
  revisions: z.array(exportedRevision),
});

/** The reader export: the archive's sections, holding only what readers may see, and revisions as readers see them. */
export const readerExportFile = z.strictObject({
  format: z.literal(READER_EXPORT_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  generatedAt: exportedTimestamp,
  ...Object.fromEntries(fileSections.map((section) => [section.key, z.array(section.schema)])),
  revisions: z.array(readerRevision),
});

/**
 * An export file: its head, the revisions, and each kind's sections by key, whose rows'
 * types are the kinds' own (`lib/<kind>/<kind>-export.ts`).
 */
export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  generatedAt: string;
  revisions: ExportedRevision[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
} & Record<string, any>;

/** The rows of one section of a file. */
export function rowsOf<Row = Record<string, unknown>>(file: ExportFile, key: string): Row[] {
  return (file[key] ?? []) as Row[];
}
