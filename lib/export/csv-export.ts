import "server-only";
// The CSV exports' shared part (GET /api/v1/export.csv): each kind of record says its header
// and how its rows are read, a page at a time and in the file's order; the file itself — one
// read-only snapshot, byte order mark, header, RFC 4180 rows with the formula guard
// (./csv.ts) — is written here, the same for every kind.
import { db as defaultDb, engine as defaultEngine, type DbOrTx } from "@/lib/db/client";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { CSV_BOM, csvRow } from "./csv";
import { readSnapshot } from "./read-snapshot";
import { EXPORT_PAGE_SIZE, type ExportOptions, type TextSink } from "./write-export-file";

export type CsvCells = readonly (string | number | null | undefined)[];

/** What a kind's rows are read for: one negotiation's (by id) or every one's, so many rows a query. */
export type CsvReadOptions = { negotiationId?: string; pageSize: number };

export type CsvExport = {
  header: readonly string[];
  /** The rows readers may see, page by page in the file's order, read in `tx`. */
  rows(tx: DbOrTx, options: CsvReadOptions): AsyncIterable<CsvCells[]>;
};

export type CsvExportOptions = ExportOptions & { negotiationId?: string };

/** Writes `kind`'s CSV to `write` a page at a time from one snapshot: its text never exists whole. */
export async function writeCsvExport(
  kind: CsvExport,
  write: TextSink,
  { db = defaultDb, engine = defaultEngine, pageSize = EXPORT_PAGE_SIZE, negotiationId }: CsvExportOptions = {},
) {
  await readSnapshot(db, engine, async (tx) => {
    await write(CSV_BOM + csvRow(kind.header));
    for await (const page of kind.rows(tx, { negotiationId, pageSize })) {
      if (page.length > 0) await write(page.map(csvRow).join(""));
    }
  });
}

/** The whole CSV as one string, for code that wants it in hand (the tests); the route streams. */
export async function collectCsvExport(kind: CsvExport, options?: CsvExportOptions): Promise<string> {
  const parts: string[] = [];
  await writeCsvExport(kind, (text) => void parts.push(text), options);
  return parts.join("");
}

/** Pages of rows read by keyset: `read` gets the previous page's last row (null at first), until a page comes back short. */
export async function* keysetPages<Row>(take: number, read: (last: Row | null) => Promise<Row[]>): AsyncGenerator<Row[]> {
  let last: Row | null = null;
  for (;;) {
    const rows = await read(last);
    yield rows;
    if (rows.length < take) return;
    last = rows.at(-1)!;
  }
}

/** The rows after `row` in the order of `field`, then id (a where-clause). */
export function afterBy<K extends string, V>(field: K, row: ({ id: string } & Record<K, V>) | null) {
  if (!row) return {};
  return { OR: [{ [field]: { gt: row[field] } }, { [field]: row[field], id: { gt: row.id } }] };
}

/** The negotiations readers may see (or the one asked for), by slug: what the per-negotiation kinds go through. */
export function listCsvNegotiations(tx: DbOrTx, negotiationId: string | undefined) {
  return tx.negotiation.findMany({
    where: negotiationId ? { AND: [visibleNegotiation, { id: negotiationId }] } : visibleNegotiation,
    orderBy: [{ slug: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
}

/** "“We will not withdraw” — the foreign minister (Wire)": a quote, who said it, where it was reported. */
export function describeQuote(c: { quote: string | null; speaker: string | null; source: { outlet: string } }) {
  if (!c.quote) return null;
  const said = c.speaker ? ` — ${c.speaker}` : "";
  return `“${c.quote}”${said} (${c.source.outlet})`;
}

/** "Reuters — The king proposes direct talks — https://…"; a source known only by name has no URL part. */
export function describeSource(s: { outlet: string; title: string; url: string | null }) {
  return [s.outlet, s.title, s.url].filter((part) => part).join(" — ");
}

/** A record's sources in one cell, as the positions CSV writes them. */
export function describeSources(links: readonly { source: { outlet: string; title: string; url: string | null } }[]) {
  return links.map((link) => describeSource(link.source)).join(" | ");
}
