import "server-only";
import type { Db, DbOrTx, Prisma } from "@/lib/db/client";
import { AppError, fieldErrorsFrom } from "@/lib/errors/app-error";
import { decodeUtf8 } from "@/lib/validation/utf8";
import { rebuildSearchIndex } from "@/lib/search/sync-search-index";
import { recordKinds } from "@/lib/records/registry";
import { checkExportReferences } from "./check-export-references";
import { EXPORT_FORMAT, FORMAT_VERSION, READER_EXPORT_FORMAT, exportFile, rowsOf, type ExportFile } from "./export-format";
import { insertChunks } from "./export-section";
import { fileSections } from "./file-sections";
import { OLDEST_FORMAT_VERSION, upgradeExportFile } from "./upgrade-export";

// Restores an export into an empty database, row for row: the same ids, versions,
// timestamps (createdAt and updatedAt are written as given, not stamped anew), statuses
// and revisions. One transaction: a file lands whole or not at all.

const SHOWN_PROBLEMS = 20;

function listProblems(problems: string[]) {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  - ${p}`);
  if (problems.length > SHOWN_PROBLEMS) shown.push(`  … and ${problems.length - SHOWN_PROBLEMS} more`);
  return shown.join("\n");
}

/** Parses and checks an export file's text; throws a validation AppError that says what is wrong. */
export function readExportFile(input: string | Uint8Array): ExportFile {
  const text = typeof input === "string" ? input : decodeUtf8(input);
  if (text === null) {
    throw new AppError("validation", "The file is not UTF-8 text, as Parley's exports are: was it saved again in another encoding? Save it as UTF-8.");
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new AppError("validation", `The file is not valid JSON (${(error as Error).message}).`);
  }
  const given = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  if (given.format === READER_EXPORT_FORMAT) {
    // It lacks retracted records, and who made each change: restoring it would pass a partial
    // copy for the whole record.
    throw new AppError(
      "validation",
      "The file is the reader export (\"format\": \"parley-reader-export\"): it holds only what readers see — no retracted records, no accounts behind the changes — so it cannot restore a database. " +
        "Import the full archive instead: download it with an editor's sign-in or an API token from GET /api/v1/export.json?scope=archive.",
    );
  }
  if (given.format !== EXPORT_FORMAT) {
    throw new AppError("validation", `The file is not a Parley export: it lacks "format": "${EXPORT_FORMAT}".`);
  }
  const head = upgradeExportFile(given);
  if (head.formatVersion !== FORMAT_VERSION) {
    throw new AppError(
      "validation",
      `The file is export format version ${JSON.stringify(given.formatVersion)}; this Parley reads versions ${OLDEST_FORMAT_VERSION} to ${FORMAT_VERSION}.`,
    );
  }
  const parsed = exportFile.safeParse(head);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    const problems = Object.entries(fieldErrors).map(([path, messages]) => `${path || "(file)"}: ${messages.join("; ")}`);
    throw new AppError("validation", `The file does not match the export format:\n${listProblems(problems)}`, { fieldErrors });
  }
  const problems = checkExportReferences(parsed.data);
  if (problems.length > 0) {
    throw new AppError("validation", `The file's records do not fit together:\n${listProblems(problems)}`);
  }
  return parsed.data as ExportFile;
}

const recordTables = [...recordKinds.map((kind) => kind.entityType), "revision"];

/** How many records of each kind a database holds; import wants all zero. */
async function countRecords(tx: DbOrTx) {
  const counts: Record<string, number> = {};
  for (const table of recordTables) {
    counts[table] = await (tx as unknown as Record<string, { count(): Promise<number> }>)[table]!.count();
  }
  return counts;
}

const jsonOrOmit = (value: Record<string, unknown> | null) => (value === null ? undefined : (value as object));

/** What an import wrote, by the names the file uses ("positions", "citations", "revisions"). */
export type ImportCounts = Record<string, number>;

/**
 * Loads a checked export file (see `readExportFile`) into `db`, which must hold no records
 * (accounts may exist: they are not part of an export), then rebuilds the search index.
 * `afterWrite` runs in the same transaction once the rows are in: the data migrations, so
 * a file made before some of them comes out as current records (scripts/import.ts).
 */
export async function importDataset({
  db,
  file,
  afterWrite,
}: {
  db: Db;
  file: ExportFile;
  afterWrite?: (tx: Prisma.TransactionClient) => Promise<void>;
}): Promise<ImportCounts> {
  await db.$transaction(
    async (tx) => {
      const existing = Object.entries(await countRecords(tx)).filter(([, n]) => n > 0);
      if (existing.length > 0) {
        throw new AppError(
          "conflict",
          `The database already has records (${existing.map(([t, n]) => `${n} ${t}`).join(", ")}). ` +
            "Import restores an export into an empty database only: create a new database, run `npx prisma migrate deploy`, then import into it.",
        );
      }
      // In the file's order: each section after those its rows point at.
      for (const section of fileSections) await section.write(tx, rowsOf(file, section.key));
      await insertChunks(file.revisions, (data) =>
        tx.revision.createMany({
          data: data.map((r) => ({ ...r, before: jsonOrOmit(r.before), after: jsonOrOmit(r.after), createdAt: new Date(r.createdAt) })),
        }),
      );
      await afterWrite?.(tx);

      await rebuildSearchIndex(tx);
    },
    { timeout: 600_000, maxWait: 30_000 },
  );

  const counts: ImportCounts = {};
  for (const section of fileSections) {
    const rows = rowsOf(file, section.key);
    Object.assign(counts, section.counts ? section.counts(rows) : { [section.key]: rows.length });
  }
  return { ...counts, revisions: file.revisions.length };
}
