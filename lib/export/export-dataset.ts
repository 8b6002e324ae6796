import "server-only";
import { db as defaultDb, engine as defaultEngine, type Db } from "@/lib/db/client";
import type { Engine } from "@/lib/db/engine";
import { EXPORT_FORMAT, FORMAT_VERSION, type ExportFile, type ExportedRevision } from "./export-format";
import { byId, iso } from "./export-section";
import { fileSections } from "./file-sections";

// The whole dataset is read and built in memory: a few megabytes at the seed's size (one
// negotiation, ~500 records, ~500 revisions). Past tens of thousands of revisions this
// should stream table by table instead of holding the file twice (rows and JSON text).

type Json = Record<string, unknown> | null;
const json = (value: unknown) => (value ?? null) as Json;

/**
 * Every row that defines Parley's records, retracted ones included, read in one
 * transaction so the file is a consistent snapshot even while editors save.
 */
export async function exportDataset({ db = defaultDb, engine = defaultEngine }: { db?: Db; engine?: Engine } = {}): Promise<ExportFile> {
  const { sections, revisions } = await db.$transaction(
    async (tx) => {
      // PostgreSQL's default (read committed) gives each query its own snapshot; one
      // snapshot for the whole read needs repeatable read, set before the first query.
      // SQLite's transactions are serializable already.
      if (engine === "postgres") await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      // One query at a time: a transaction holds a single connection.
      const sections: [string, unknown[]][] = [];
      for (const section of fileSections) sections.push([section.key, await section.read(tx)]);
      return { sections, revisions: await tx.revision.findMany() };
    },
    { timeout: 120_000 },
  );

  return {
    format: EXPORT_FORMAT,
    formatVersion: FORMAT_VERSION,
    generatedAt: new Date().toISOString(),
    ...Object.fromEntries(sections),
    revisions: revisions
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byId(a, b))
      .map((r) => ({
        id: r.id,
        entityType: r.entityType as ExportedRevision["entityType"],
        entityId: r.entityId,
        action: r.action as ExportedRevision["action"],
        actorId: r.actorId,
        actorLabel: r.actorLabel,
        note: r.note,
        before: json(r.before),
        after: json(r.after),
        createdAt: iso(r.createdAt),
      })),
  };
}
