import "server-only";
import { db as defaultDb, engine as defaultEngine, type Db } from "@/lib/db/client";
import type { Engine } from "@/lib/db/engine";
import { EXPORT_FORMAT, FORMAT_VERSION, READER_EXPORT_FORMAT } from "./export-format";
import type { ExportScope } from "./export-section";
import { readRevisions } from "./export-revisions";
import { fileSections } from "./file-sections";
import { readSnapshot } from "./read-snapshot";

/** Where an export's text goes, a piece at a time (a spool file, a string being collected). */
export type TextSink = (text: string) => Promise<void> | void;

/** Rows read per query: small enough that memory stays flat, large enough that queries are few. */
export const EXPORT_PAGE_SIZE = 500;

export type ExportOptions = { db?: Db; engine?: Engine; pageSize?: number };

/**
 * Writes the JSON export for `scope` (./export-format.ts) to `write`, a page of rows at a
 * time from one snapshot: the text never exists whole, whatever the database's size. The
 * keys come in the file's order — head, each kind's sections, revisions — and the text is
 * exactly what JSON.stringify would give for the whole file.
 */
export async function writeExportFile(
  scope: ExportScope,
  write: TextSink,
  { db = defaultDb, engine = defaultEngine, pageSize = EXPORT_PAGE_SIZE }: ExportOptions = {},
) {
  await readSnapshot(db, engine, async (tx) => {
    const head = { format: scope === "archive" ? EXPORT_FORMAT : READER_EXPORT_FORMAT, formatVersion: FORMAT_VERSION, generatedAt: new Date().toISOString() };
    await write(JSON.stringify(head).slice(0, -1));
    for (const section of fileSections) {
      const list = jsonList(write, section.key);
      let after: unknown = null;
      for (;;) {
        const rows = await section.readPage(tx, { after, take: pageSize, scope });
        await list.add(rows);
        if (rows.length < pageSize) break;
        after = rows.at(-1);
      }
      await list.end();
    }
    const revisions = jsonList(write, "revisions");
    await readRevisions(tx, { scope, take: pageSize, each: (rows) => revisions.add(rows) });
    await revisions.end();
    await write("}");
  });
}

/** `,"key":[row,row,…]`, written as the rows come. */
function jsonList(write: TextSink, key: string) {
  let empty = true;
  return {
    async add(rows: unknown[]) {
      if (rows.length === 0) return;
      const text = rows.map((row) => JSON.stringify(row)).join(",");
      await write(empty ? `,${JSON.stringify(key)}:[${text}` : `,${text}`);
      empty = false;
    },
    async end() {
      await write(empty ? `,${JSON.stringify(key)}:[]` : "]");
    },
  };
}
