// What most data migrations do to a record: put new words (or terms) in place of what the
// seed once held, but only while the record still holds exactly that, so that an editor's
// own words stay as they are and a second run finds nothing to do. Each change is a
// revision, attributed to the migration's actor and carrying its note.
import { isDeepStrictEqual } from "node:util";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import type { RecordRow } from "@/lib/revisions/snapshot";
import { changeRecord } from "@/lib/revisions/write-record";

type Columns = Record<string, unknown>;

/**
 * Sets the record's `to` columns when its `from` columns still hold what was seeded; says
 * whether it changed the record. A record that is gone changes nothing.
 */
export async function rewriteIfAsSeeded<S extends RecordRow, I>(
  tx: Prisma.TransactionClient,
  writer: RecordWriter<S, I>,
  { id, actor, note }: { id: string; actor: Actor; note: string },
  { from, to }: { from: Columns; to: Columns },
): Promise<boolean> {
  const stored = (await writer.load(tx, id)) as (S & Columns) | null;
  if (!stored || Object.entries(from).some(([column, seeded]) => !isDeepStrictEqual(stored[column], seeded))) return false;
  await changeRecord(tx, writer, { id, version: stored.version, action: "update", actor, note }, () => ({ columns: to }));
  return true;
}
