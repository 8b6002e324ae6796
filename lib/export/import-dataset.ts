import "server-only";
import type { Db, DbOrTx } from "@/lib/db/client";
import { AppError, fieldErrorsFrom } from "@/lib/errors/app-error";
import { rebuildSearchIndex } from "@/lib/search/sync-search-index";
import { checkExportReferences, supersessionOrder } from "./check-export-references";
import { EXPORT_FORMAT, FORMAT_VERSION, exportFile, type ExportFile } from "./export-format";

// Restores an export into an empty database, row for row: the same ids, versions,
// timestamps (createdAt and updatedAt are written as given, not stamped anew), statuses
// and revisions. One transaction: a file lands whole or not at all.

const CHUNK = 200;
const SHOWN_PROBLEMS = 20;

function listProblems(problems: string[]) {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  - ${p}`);
  if (problems.length > SHOWN_PROBLEMS) shown.push(`  … and ${problems.length - SHOWN_PROBLEMS} more`);
  return shown.join("\n");
}

/** Parses and checks an export file's text; throws a validation AppError that says what is wrong. */
export function readExportFile(text: string): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new AppError("validation", `The file is not valid JSON (${(error as Error).message}).`);
  }
  const head = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) {
    throw new AppError("validation", `The file is not a Parley export: it lacks "format": "${EXPORT_FORMAT}".`);
  }
  if (head.formatVersion !== FORMAT_VERSION) {
    throw new AppError(
      "validation",
      `The file is export format version ${JSON.stringify(head.formatVersion)}; this Parley reads version ${FORMAT_VERSION}.`,
    );
  }
  const parsed = exportFile.safeParse(data);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    const problems = Object.entries(fieldErrors).map(([path, messages]) => `${path || "(file)"}: ${messages.join("; ")}`);
    throw new AppError("validation", `The file does not match the export format:\n${listProblems(problems)}`, { fieldErrors });
  }
  const problems = checkExportReferences(parsed.data);
  if (problems.length > 0) {
    throw new AppError("validation", `The file's records do not fit together:\n${listProblems(problems)}`);
  }
  return parsed.data;
}

const recordTables = ["negotiation", "party", "issue", "source", "event", "position", "commitment", "revision"] as const;

/** How many records of each kind a database holds; import wants all zero. */
async function countRecords(tx: DbOrTx) {
  const counts: Record<string, number> = {};
  for (const table of recordTables) {
    counts[table] = await (tx[table] as unknown as { count(): Promise<number> }).count();
  }
  return counts;
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

const date = (iso: string) => new Date(iso);
const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));
// A JSON column left out is SQL NULL, which is how the app writes "no terms" / "no state".
const jsonOrOmit = (value: Record<string, unknown> | null) => (value === null ? undefined : (value as object));
const stamps = (r: { retractedAt: string | null; createdAt: string; updatedAt: string }) => ({
  retractedAt: dateOrNull(r.retractedAt),
  createdAt: date(r.createdAt),
  updatedAt: date(r.updatedAt),
});

export type ImportCounts = Record<
  "negotiations" | "parties" | "issues" | "sources" | "events" | "positions" | "citations" | "commitments" | "revisions",
  number
>;

/**
 * Loads a checked export file (see `readExportFile`) into `db`, which must hold no records
 * (accounts may exist: they are not part of an export), then rebuilds the search index.
 */
export async function importDataset({ db, file }: { db: Db; file: ExportFile }): Promise<ImportCounts> {
  const positions = supersessionOrder(file.positions);
  if (!positions) throw new AppError("validation", "The file's positions supersede each other in a loop.");

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

      await insertChunks(file.negotiations, (data) => tx.negotiation.createMany({ data: data.map((n) => ({ ...n, ...stamps(n) })) }));
      await insertChunks(file.parties, (data) => tx.party.createMany({ data: data.map((p) => ({ ...p, ...stamps(p) })) }));
      await insertChunks(file.negotiationParties, (data) => tx.negotiationParty.createMany({ data }));
      await insertChunks(file.issues, (data) => tx.issue.createMany({ data: data.map((i) => ({ ...i, ...stamps(i) })) }));
      await insertChunks(file.sources, (data) => tx.source.createMany({ data: data.map((s) => ({ ...s, ...stamps(s) })) }));

      await insertChunks(file.events, (data) =>
        tx.event.createMany({ data: data.map(({ participants: _p, sources: _s, ...e }) => ({ ...e, ...stamps(e), date: date(e.date) })) }),
      );
      const participants = file.events.flatMap((e) => e.participants.map((p) => ({ eventId: e.id, partyId: p.partyId })));
      await insertChunks(participants, (data) => tx.eventParticipant.createMany({ data }));
      const eventSources = file.events.flatMap((e) => e.sources.map((s) => ({ eventId: e.id, ...s })));
      await insertChunks(eventSources, (data) => tx.eventSource.createMany({ data }));

      // In supersession order: a row's supersededById must name a row already written.
      await insertChunks(positions, (data) =>
        tx.position.createMany({
          data: data.map(({ citations: _c, ...p }) => ({
            ...p,
            ...stamps(p),
            terms: jsonOrOmit(p.terms),
            statedOn: date(p.statedOn),
            withdrawnOn: dateOrNull(p.withdrawnOn),
          })),
        }),
      );
      const citations = file.positions.flatMap((p) => p.citations.map((c) => ({ ...c, positionId: p.id, createdAt: date(c.createdAt) })));
      await insertChunks(citations, (data) => tx.citation.createMany({ data }));

      await insertChunks(file.commitments, (data) =>
        tx.commitment.createMany({ data: data.map(({ parties: _p, sources: _s, ...c }) => ({ ...c, ...stamps(c) })) }),
      );
      const commitmentParties = file.commitments.flatMap((c) => c.parties.map((p) => ({ commitmentId: c.id, partyId: p.partyId })));
      await insertChunks(commitmentParties, (data) => tx.commitmentParty.createMany({ data }));
      const commitmentSources = file.commitments.flatMap((c) => c.sources.map((s) => ({ commitmentId: c.id, ...s })));
      await insertChunks(commitmentSources, (data) => tx.commitmentSource.createMany({ data }));

      await insertChunks(file.revisions, (data) =>
        tx.revision.createMany({
          data: data.map((r) => ({ ...r, before: jsonOrOmit(r.before), after: jsonOrOmit(r.after), createdAt: date(r.createdAt) })),
        }),
      );

      await rebuildSearchIndex(tx);
    },
    { timeout: 600_000, maxWait: 30_000 },
  );

  return {
    negotiations: file.negotiations.length,
    parties: file.parties.length,
    issues: file.issues.length,
    sources: file.sources.length,
    events: file.events.length,
    positions: file.positions.length,
    citations: file.positions.reduce((n, p) => n + p.citations.length, 0),
    commitments: file.commitments.length,
    revisions: file.revisions.length,
  };
}
