// Keeps the search index in step with the records. `recordRevision` calls
// `syncSearchIndex` in the same transaction as every change, so no write path can forget
// it and a rolled-back change leaves the index as it was. Which kinds are indexed, and what
// a change to one record affects, each kind says (its `search`, lib/search/search-kind.ts).
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { DbOrTx } from "@/lib/db/client";
import { registryLater } from "@/lib/records/registry-later";
import type { SearchDocument } from "./documents";
import type { IndexedChange, KindSearch } from "./search-kind";

const CHUNK = 500;
export const padded = (values: string[]) => ` ${values.join(" ")} `;

/** Writes the documents of `ids` anew; `fresh` when none can have one yet (records just created). */
async function replaceDocuments(tx: DbOrTx, { type, search }: Searchable, ids: string[], { fresh = false } = {}) {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    if (!fresh) await tx.$executeRaw`DELETE FROM "SearchDocument" WHERE "kind" = ${type} AND "refId" IN (${Prisma.join(chunk)})`;
    await insertDocuments(tx, await search.documents(tx, chunk));
  }
}

type Searchable = { type: string; search: KindSearch };

/** One statement for the lot (10 parameters a document: a chunk stays within both engines' limits). */
function insertDocuments(tx: DbOrTx, docs: SearchDocument[]) {
  if (docs.length === 0) return;
  const rows = docs.map(
    (d) => Prisma.sql`(${d.kind}, ${d.refId}, ${padded(d.negotiations)}, ${padded(d.parties)}, ${padded(d.issues)},
            ${padded(d.stances)}, ${padded(d.attributions)}, ${d.date}, ${d.title}, ${d.body})`,
  );
  return tx.$executeRaw`
    INSERT INTO "SearchDocument" ("kind", "refId", "negotiations", "parties", "issues", "stances", "attributions", "date", "title", "body")
    VALUES ${Prisma.join(rows)}`;
}

let searchableKinds: Promise<Searchable[]> | undefined;

/** The kinds search indexes, in the registry's order (which every write reaches through registryLater). */
function searchable(): Promise<Searchable[]> {
  searchableKinds ??= registryLater().then(({ recordKinds }) =>
    (recordKinds as ReadonlyArray<{ entityType: string; search?: KindSearch }>).flatMap((kind) => (kind.search ? [{ type: kind.entityType, search: kind.search }] : [])),
  );
  return searchableKinds;
}

/** Re-indexes what a change to one record affects: the record itself, and what each searchable kind says depends on it. */
export async function syncSearchIndex(tx: DbOrTx, change: IndexedChange & { action?: string }) {
  for (const kind of await searchable()) {
    const itself = kind.type === change.entityType;
    const ids = itself ? [change.entityId] : ((await kind.search.reindexOn?.[change.entityType]?.(tx, change)) ?? []);
    // A record's "create" revision is written in the transaction that inserted it.
    await replaceDocuments(tx, kind, ids, { fresh: itself && change.action === "create" });
  }
}

/** Writes anew the documents of some records of one kind (after what a kind indexes changed). */
export async function reindexRecords(tx: DbOrTx, entityType: string, ids: string[]) {
  const kind = (await searchable()).find((k) => k.type === entityType);
  if (!kind) throw new Error(`Records of kind ${entityType} are not searched`);
  await replaceDocuments(tx, kind, ids);
}

/** Rebuilds the whole index from the records (after a bulk load or import). */
export async function rebuildSearchIndex(tx: DbOrTx) {
  await tx.$executeRaw`DELETE FROM "SearchDocument"`;
  // One query at a time: a transaction holds a single connection.
  for (const kind of await searchable()) {
    const rows = await (tx as unknown as Record<string, { findMany(args: { select: { id: true } }): Promise<{ id: string }[]> }>)[kind.type]!.findMany({ select: { id: true } });
    await replaceDocuments(tx, kind, rows.map((r) => r.id));
  }
}
