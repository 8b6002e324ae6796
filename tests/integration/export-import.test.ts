// The JSON export is a complete, re-importable copy: exporting the database under test,
// importing the file into a second, empty database of the same engine and exporting that
// gives the same file. Import refuses a database with records and a malformed file, and
// writes nothing when it fails part-way.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserFromCommandLine } from "@/lib/auth/create-user";
import { createDb, db, type Db, type Prisma } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/engine";
import { isAppError } from "@/lib/errors/app-error";
import { exportDataset } from "@/lib/export/export-dataset";
import { exportFile, type ExportFile } from "@/lib/export/export-format";
import { importDataset, readExportFile } from "@/lib/export/import-dataset";
import type { ExportedPosition } from "@/lib/positions/position-export";
import { createPosition } from "@/lib/positions/create-position";
import { toPositionInput } from "@/lib/positions/position-input";
import { retractPosition } from "@/lib/positions/retract-position";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { updatePosition } from "@/lib/positions/update-position";
import type { Actor } from "@/lib/auth/actor";
import { rebuildSearchIndex } from "@/lib/search/sync-search-index";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";
import { positionFields, unique } from "../support/editing";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "parley-export-"));

let actor: Actor;
let email: string;
let edited: { updatedId: string; retractedId: string; supersededId: string; successorId: string; citingId: string };
let exported: ExportFile;
let target: EmptyDatabase;
let fresh: EmptyDatabase;
let targetDb: Db;
let freshDb: Db;

const withoutTime = (file: ExportFile) => ({ ...file, generatedAt: "" });

async function recordCounts(client: Db) {
  return Object.fromEntries(
    await Promise.all(
      (["negotiation", "party", "issue", "source", "event", "position", "citation", "commitment", "plan", "planPoint", "revision"] as const).map(
        async (t) => [t, await (client[t] as unknown as { count(): Promise<number> }).count()] as const,
      ),
    ),
  );
}

async function searchRows(client: Db | Prisma.TransactionClient) {
  const rows = await client.$queryRaw<{ kind: string; refId: string }[]>`SELECT "kind", "refId" FROM "SearchDocument"`;
  return rows.map((r) => `${r.kind}:${r.refId}`).sort();
}

/**
 * The index a full rebuild gives the source database. Other suites set up fixtures with
 * plain Prisma writes that skip the index, so the source's live index is not the yardstick.
 */
async function rebuiltSearchRows(client: Db) {
  let rows: string[] = [];
  await client
    .$transaction(async (tx) => {
      await rebuildSearchIndex(tx);
      rows = await searchRows(tx);
      throw new Error("roll back");
    }, { timeout: 120_000 })
    .catch((error: Error) => {
      if (error.message !== "roll back") throw error;
    });
  return rows;
}

function importCli(file: string, url: string) {
  return run("npm", ["run", "--silent", "import", "--", file], { env: { ...process.env, DATABASE_URL: url } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

beforeAll(async () => {
  email = `exporter-${unique()}@example.org`;
  const user = await createUserFromCommandLine({ email, name: "Export Tester", role: "editor", password: "correct horse battery staple" });
  actor = { id: user.id, label: user.name, role: "editor" };

  // Revisions beyond the seed, by a real account: an edit, a month-precision statement
  // superseded by a newer one, and a retraction.
  const a = await createPosition({ input: await positionFields(), actor });
  await updatePosition({ id: a.id, version: 1, input: { ...toPositionInput(a), summary: "Edited for the export test" }, actor, note: "Export round trip" });
  const b = await createPosition({ input: await positionFields({ statedOn: "2025-04" }), actor });
  const { partyId: _p, issueId: _i, ...rest } = toPositionInput(b);
  const { position: successor } = await supersedePosition({ id: b.id, version: 1, input: { ...rest, statedOn: "2025-05-16", summary: "A newer statement" }, actor });
  const c = await createPosition({ input: await positionFields(), actor });
  await retractPosition({ id: c.id, version: 1, actor, note: "Retracted for the export test" });
  // A position citing a seeded plan's point: positions are written after plan points on import.
  const point = await db.planPoint.findFirstOrThrow({ where: { plan: { negotiation: { slug: "russia-ukraine" } } }, select: { id: true } });
  const d = await createPosition({ input: await positionFields({ pointIds: [point.id] }), actor });
  edited = { updatedId: a.id, retractedId: c.id, supersededId: b.id, successorId: successor.id, citingId: d.id };

  exported = await exportDataset();
  [target, fresh] = await Promise.all([createEmptyDatabase("import"), createEmptyDatabase("import_cli")]);
  targetDb = createDb(target.url);
  freshDb = createDb(fresh.url);
}, 180_000);

afterAll(async () => {
  await Promise.all([db.$disconnect(), targetDb?.$disconnect(), freshDb?.$disconnect()]);
  await Promise.all([target?.drop(), fresh?.drop()]);
});

describe("exportDataset", () => {
  it("holds every record and revision, in the documented format, retracted records marked", async () => {
    expect(exportFile.safeParse(exported).success).toBe(true);
    const counts = await recordCounts(db);
    expect(exported.negotiations).toHaveLength(counts.negotiation!);
    expect(exported.parties).toHaveLength(counts.party!);
    expect(exported.issues).toHaveLength(counts.issue!);
    expect(exported.sources).toHaveLength(counts.source!);
    expect(exported.events).toHaveLength(counts.event!);
    expect(exported.positions).toHaveLength(counts.position!);
    expect(exported.positions.flatMap((p: ExportedPosition) => p.citations)).toHaveLength(counts.citation!);
    expect(exported.commitments).toHaveLength(counts.commitment!);
    expect(exported.plans).toHaveLength(counts.plan!);
    expect(exported.planPoints).toHaveLength(counts.planPoint!);
    expect(exported.revisions).toHaveLength(counts.revision!);
    // Both bundled negotiations, the parties they share once each.
    const slugs = exported.negotiations.map((n: { slug: string }) => n.slug);
    expect(slugs).toEqual(expect.arrayContaining(["russia-ukraine", "israel-hamas-gaza"]));
    const turkey = exported.parties.filter((p: { slug: string }) => p.slug === "turkey");
    expect(turkey).toHaveLength(1);
    expect(exported.negotiationParties.filter((s: { partyId: string }) => s.partyId === turkey[0]!.id)).toHaveLength(2);

    const byId = new Map<string, ExportedPosition>(exported.positions.map((p: ExportedPosition) => [p.id, p]));
    expect(byId.get(edited.retractedId)!.retractedAt).toEqual(expect.any(String));
    expect(byId.get(edited.updatedId)).toMatchObject({ summary: "Edited for the export test", version: 2, retractedAt: null });
    expect(byId.get(edited.citingId)!.pointIds).toHaveLength(1);
    expect(byId.get(edited.supersededId)).toMatchObject({ status: "superseded", supersededById: edited.successorId, statedOnPrecision: "month", statedOn: "2025-04-01T00:00:00.000Z" });
    const mine = exported.revisions.filter((r) => r.actorId === actor.id).map((r) => r.action);
    expect(mine).toEqual(expect.arrayContaining(["create", "update", "supersede", "retract"]));
  });

  it("leaves out accounts, sessions and tokens", () => {
    const text = JSON.stringify(exported);
    expect(text).not.toContain(email);
    expect(text).not.toMatch(/passwordHash|tokenHash|scrypt/);
  });
});

describe("importDataset", () => {
  it("restores the export into an empty database identically, and rebuilds the search index", async () => {
    const counts = await importDataset({ db: targetDb, file: readExportFile(JSON.stringify(exported)) });
    expect(counts.revisions).toBe(exported.revisions.length);
    const again = await exportDataset({ db: targetDb });
    expect(withoutTime(again)).toEqual(withoutTime(exported));
    expect(await searchRows(targetDb)).toEqual(await rebuiltSearchRows(db));
    expect((await searchRows(targetDb)).length).toBeGreaterThan(0);
  });

  it("refuses a database that already has records, and changes nothing", async () => {
    const before = await recordCounts(targetDb);
    const error = await importDataset({ db: targetDb, file: exported }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("conflict");
    expect((error as Error).message).toMatch(/already has records \(\d+ negotiation, .*\)\. Import restores an export into an empty database only/);
    expect(await recordCounts(targetDb)).toEqual(before);
  });

  it("writes nothing when the database refuses a row part-way through", async () => {
    // Two revisions with one id pass the file checks only because they are skipped here;
    // revisions are written last, so everything before them must be rolled back.
    const broken = { ...exported, revisions: [...exported.revisions, exported.revisions[0]!] };
    await expect(importDataset({ db: freshDb, file: broken })).rejects.toThrow();
    expect(Object.values(await recordCounts(freshDb)).every((n) => n === 0)).toBe(true);
  });
});

describe("readExportFile", () => {
  const text = (change: (file: ExportFile) => unknown) => JSON.stringify(change(structuredClone(exported)));
  const messageOf = (input: string) => {
    try {
      readExportFile(input);
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("validation");
      return (error as Error).message;
    }
    throw new Error("expected the file to be refused");
  };

  it("refuses a file that is not UTF-8 rather than read each byte it cannot as U+FFFD", () => {
    const utf8 = Buffer.from(JSON.stringify(exported), "utf8");
    expect(readExportFile(utf8)).toEqual(readExportFile(JSON.stringify(exported)));
    const latin1 = Buffer.from(JSON.stringify({ ...exported, parties: [{ ...exported.parties[0]!, name: "Côte d'Ivoire" }, ...exported.parties.slice(1)] }), "latin1");
    try {
      readExportFile(latin1);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.message).toMatch(/^The file is not UTF-8 text/);
    }
  });

  it("names what is wrong with a malformed file", () => {
    expect(messageOf("{ not json")).toMatch(/^The file is not valid JSON/);
    expect(messageOf("[]")).toMatch(/not a Parley export: it lacks "format": "parley-export"/);
    expect(messageOf(text((f) => ({ ...f, formatVersion: 3 })))).toBe("The file is export format version 3; this Parley reads versions 1 to 2.");
    expect(messageOf(text((f) => ((f.positions[0]!.stance = "maybe" as never), f)))).toMatch(/does not match the export format:\n {2}- positions\.0\.stance: /);
    expect(messageOf(text((f) => ((f.parties[0]!.createdAt = "yesterday"), f)))).toMatch(/parties\.0\.createdAt/);
    expect(messageOf(text((f) => ((f.positions[0]!.citations[0]!.sourceId = "no-such-source"), f)))).toMatch(
      /do not fit together:\n {2}- position .+ refers to source "no-such-source", which is not in the file/,
    );
    expect(messageOf(text((f) => ({ ...f, parties: [...f.parties, f.parties[0]] })))).toMatch(/parties: the id ".+" appears more than once/);
    expect(
      messageOf(
        text((f) => {
          const [p, q] = f.positions;
          p!.supersededById = q!.id;
          q!.supersededById = p!.id;
          return f;
        }),
      ),
    ).toMatch(/supersededById links form a loop/);
  });

  it("refuses the reader export, saying where the full archive is", async () => {
    const reader = await exportDataset({ scope: "reader" });
    expect(reader.format).toBe("parley-reader-export");
    expect(messageOf(JSON.stringify(reader))).toMatch(
      /^The file is the reader export \("format": "parley-reader-export"\): it holds only what readers see .* GET \/api\/v1\/export\.json\?scope=archive\.$/,
    );
  });

  it("accepts the export as produced, byte order mark or not", () => {
    expect(readExportFile(`\uFEFF${JSON.stringify(exported)}`).positions).toHaveLength(exported.positions.length);
  });
});

describe("npm run import", () => {
  it("refuses a database with records and a malformed file, then restores into an empty one", async () => {
    const good = path.join(dir, "export.json");
    const bad = path.join(dir, "bad.json");
    writeFileSync(good, JSON.stringify(exported));
    writeFileSync(bad, withUnknownStatus());

    const refused = await importCli(good, databaseUrl());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Nothing imported\. The database already has records/);

    const malformed = await importCli(bad, fresh.url);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/Nothing imported\. The file does not match the export format:\n {2}- negotiations\.0\.status/);
    expect(Object.values(await recordCounts(freshDb)).every((n) => n === 0)).toBe(true);

    const done = await importCli(good, fresh.url);
    // stderr may carry a deprecation warning from the pg driver inside Prisma; nothing else.
    expect(done.stderr).not.toMatch(/Nothing imported|Error/);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Imported .*export\.json/);
    expect(withoutTime(await exportDataset({ db: freshDb }))).toEqual(withoutTime(exported));
  }, 180_000);

  function withUnknownStatus() {
    const file = structuredClone(exported);
    file.negotiations[0]!.status = "on-hold" as never;
    return JSON.stringify(file);
  }
});
