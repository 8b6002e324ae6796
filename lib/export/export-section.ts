// What the exports (lib/export) need from one kind of record: the sections of the file it
// fills ("positions"; a negotiation also fills "negotiationParties"), each with the schema
// of one row, how its rows are read from the database a page at a time — every row for the
// archive, only what readers may see for the reader export — how they are written back
// into an empty database, and how they are checked against the rest of the file. Each kind
// defines its own in `lib/<kind>/<kind>-export.ts`; this module holds the pieces they share
// and must not import the registry (the kinds import it).
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";

/** Looks up the ids of a section of the file being checked ("parties"). */
export type FileIndex = { ids(section: string): Set<string> };

/**
 * Whom a file is for. The archive holds every row, retracted ones included, for backup and
 * `npm run import`; the reader export holds what readers may see, by each kind's own rule
 * (`lib/<kind>/<kind>-visibility.ts`): no retracted record, no link to one.
 */
export type ExportScope = "archive" | "reader";

/** One page to read: the rows after `after` (the previous page's last row; null for the first), at most `take`. */
export type PageRequest<Row> = { after: Row | null; take: number; scope: ExportScope };

export type ExportSection<Row = any> = {
  /** The file's key for these rows ("positions"). */
  key: string;
  /** One row, as the file holds it. */
  schema: z.ZodType<Row>;
  /** Sections whose rows this one's point at, so an import writes them first. */
  dependsOn?: string[];
  /**
   * The next page of rows in a stable order (by id unless said otherwise), so the file is
   * streamed a page at a time however large the database. For readers, only the rows
   * readers may see, and in them no reference to a record they may not (it becomes null,
   * or the link row is left out).
   */
  readPage(tx: DbOrTx, page: PageRequest<Row>): Promise<Row[]>;
  /** Writes the rows into an empty database, row for row. */
  write(tx: DbOrTx, rows: Row[]): Promise<void>;
  /** What does not fit: duplicate ids or slugs, references to rows not in the file. Pure. */
  check?(rows: Row[], file: FileIndex): string[];
  /** What an import reports writing; one count under the section's key unless said otherwise. */
  counts?(rows: Row[]): Record<string, number>;
};

export const exportedId = z.string().min(1).max(200);
export const exportedTimestamp = z.iso.datetime({ offset: false });
export const exportedJson = z.record(z.string(), z.unknown());

/**
 * Keyset paging by id: the page after `after`, in the database's order of ids. Unlike an
 * offset, each page costs the same however deep into the table it is.
 */
export function pageById(after: { id: string } | null, take: number) {
  return { where: after ? { id: { gt: after.id } } : {}, orderBy: { id: "asc" as const }, take };
}

/** A kind's reader rule (its `visible…` where-clause) for the reader export; nothing for the archive. */
export function visibleIn<Where extends object>(scope: ExportScope, visible: Where): Where | Record<string, never> {
  return scope === "reader" ? visible : {};
}

/**
 * The ids among `ids` that readers may see, read with the kind's rule; for the archive,
 * all of them. Used to drop references to hidden records from the reader export.
 */
export async function seenIds(
  scope: ExportScope,
  ids: (string | null)[],
  find: (ids: string[]) => Promise<{ id: string }[]>,
): Promise<(id: string | null) => string | null> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (scope === "archive") return (id) => id;
  const seen = new Set(wanted.length ? (await find(wanted)).map((r) => r.id) : []);
  return (id) => (id !== null && seen.has(id) ? id : null);
}

/** Columns every editable record carries. */
export const exportedRecord = {
  id: exportedId,
  version: z.number().int().min(1),
  retractedAt: exportedTimestamp.nullable(),
  createdAt: exportedTimestamp,
  updatedAt: exportedTimestamp,
};

type Stamped = { id: string; version: number; retractedAt: Date | null; createdAt: Date; updatedAt: Date };

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** A record's own columns as the file holds them, in the file's order. */
export function recordColumns(r: Stamped) {
  return { id: r.id, version: r.version, retractedAt: isoOrNull(r.retractedAt), createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt) };
}

/** The same columns back as the database takes them (createdAt and updatedAt as given, not stamped anew). */
export function stamps(r: { retractedAt: string | null; createdAt: string; updatedAt: string }) {
  return { retractedAt: dateOrNull(r.retractedAt), createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) };
}

export const dateOrNull = (text: string | null) => (text === null ? null : new Date(text));

// Sorted here rather than by the database, so the order is the same on both engines
// (PostgreSQL would sort text by its locale's collation).
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const byId = <T extends { id: string }>(a: T, b: T) => byText(a.id, b.id);

/** Ordered child rows (sources, citations): by their order, then by source. */
export const ordered = <T extends { order: number; sourceId: string }>(list: T[] = []) =>
  [...list].sort((a, b) => a.order - b.order || byText(a.sourceId, b.sourceId));

/** Unordered party links (participants, a commitment's parties), by party. */
export const byParty = <T extends { partyId: string }>(list: T[] = []) =>
  list.map((p) => ({ partyId: p.partyId })).sort((a, b) => byText(a.partyId, b.partyId));

const CHUNK = 200;

/** Inserts rows a chunk at a time, within the limits of both engines' statements. */
export async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Problems a check reports, collected with helpers for what every check asks. */
export class ProblemList {
  readonly problems: string[] = [];

  /** Every id appears once. */
  uniqueIds(rows: { id: string }[], section: string) {
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.id)) this.problems.push(`${section}: the id "${row.id}" appears more than once`);
      seen.add(row.id);
    }
  }

  /** Every value appears once ("parties: the slug"). */
  unique(values: string[], what: string) {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) this.problems.push(`${what} "${v}" appears more than once`);
      seen.add(v);
    }
  }

  /** A reference names a row of the file ("position p1 refers to party "x", which is not in the file"). */
  ref(ids: Set<string>, value: string | null, where: string, kind: string) {
    if (value !== null && !ids.has(value)) this.problems.push(`${where} refers to ${kind} "${value}", which is not in the file`);
  }
}
