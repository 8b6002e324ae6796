// Parley's SQLite connection (lib/db/sqlite-connection.ts): the file is in write-ahead-log
// mode, and a statement is prepared once and then run with each call's own values. And a
// write transaction holds the write lock from its start (lib/revisions/announce-change.ts),
// so that two processes' saves queue rather than deadlock.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createDb, db, engine } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/engine";
import { writeTransaction } from "@/lib/revisions/write-transaction";

describe.skipIf(engine !== "sqlite")("the SQLite connection", () => {
  const prepare = vi.spyOn(Database.prototype, "prepare");
  // A client of its own, connected after the spy is in place.
  const client = createDb(databaseUrl());
  const preparedTimes = (sql: string) => prepare.mock.calls.filter(([text]) => text === sql).length;

  afterAll(async () => {
    await client.$disconnect();
    prepare.mockRestore();
  });

  it("keeps a write-ahead log", async () => {
    expect(await db.$queryRawUnsafe(`PRAGMA journal_mode`)).toEqual([{ journal_mode: "wal" }]);
  });

  it("prepares a query once and answers each call with its own values", async () => {
    const sql = `SELECT ? + 1 AS "next"`;
    const answers = [];
    for (const value of [1, 41, -3]) answers.push(await client.$queryRawUnsafe<{ next: bigint | number }[]>(sql, value));
    expect(answers.map(([row]) => Number(row!.next))).toEqual([2, 42, -2]);
    expect(preparedTimes(sql)).toBe(1);
  });

  it("prepares a write once and reports each run's changes", async () => {
    const sql = `UPDATE "Revision" SET "note" = "note" WHERE "id" = ?`;
    const [revision] = await client.revision.findMany({ take: 1, select: { id: true } });
    expect(revision).toBeDefined();
    expect(await client.$executeRawUnsafe(sql, revision!.id)).toBe(1);
    expect(await client.$executeRawUnsafe(sql, "no such revision")).toBe(0);
    expect(preparedTimes(sql)).toBe(1);
  });

  it("takes the write lock with a write transaction's first statement", async () => {
    // Another connection that will not wait: it can write only while no transaction holds the lock.
    const other = new Database(databaseUrl().slice("file:".length), { timeout: 0 });
    const tryToWrite = () => {
      try {
        other.exec("BEGIN IMMEDIATE; ROLLBACK");
        return "wrote";
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };
    try {
      let meanwhile: string | undefined;
      await writeTransaction(async () => {
        meanwhile = tryToWrite();
      });
      expect(meanwhile).toBe("SQLITE_BUSY");
      expect(tryToWrite()).toBe("wrote");
    } finally {
      other.close();
    }
  });

  it("reads and writes records through kept statements in transactions, as before", async () => {
    const outlet = "Kept-statement wire";
    const created = await client.$transaction(async (tx) => {
      const first = await tx.source.create({ data: { outlet, title: "First", url: null } });
      const second = await tx.source.create({ data: { outlet, title: "Second", url: null } });
      return [first.id, second.id];
    });
    const titles = await client.source.findMany({ where: { id: { in: created } }, select: { title: true }, orderBy: { title: "asc" } });
    expect(titles.map((s) => s.title)).toEqual(["First", "Second"]);
    await client.source.deleteMany({ where: { id: { in: created } } });
  });
});
