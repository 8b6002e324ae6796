// Conditional requests: ETags and 304 on reads; PATCH and DELETE need If-Match or the
// record's version (428 without), and a stale one is refused with the record as it is now
// (412 for If-Match, 409 for a body version) without changing anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { positionItem } from "@/lib/positions/position-api-schema";
import { listOf } from "@/lib/api/schemas/common";
import { db, engine } from "@/lib/db/client";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { toPositionInput } from "@/lib/positions/position-input";
import { updatePosition } from "@/lib/positions/update-position";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { writeTransaction } from "@/lib/revisions/write-transaction";
import { newParty, positionFields, revisionsOf } from "../support/editing";
import { call, createApiActors, expectProblem, readBody, recordRoutes, type ApiActors } from "./api-support";

const routes = recordRoutes.position;
let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
});
afterAll(() => db.$disconnect());

async function newPosition(overrides: Record<string, unknown> = {}) {
  const response = await call(routes.list, "POST", "/api/v1/positions", { token: actors.writeToken, json: await positionFields(overrides) });
  expect(response.status, await response.clone().text()).toBe(201);
  return { record: await readBody(response, positionItem), etag: response.headers.get("etag")! };
}

const at = (id: string) => ({ path: `/api/v1/positions/${id}`, params: { id } });

function patch(id: string, options: { headers?: Record<string, string>; json?: unknown }) {
  const { path, params } = at(id);
  return call(routes.item, "PATCH", path, { params, token: actors.writeToken, ...options });
}

describe("reads", () => {
  it("answers 304 to If-None-Match with the current ETag, and 200 otherwise", async () => {
    const { record, etag } = await newPosition();
    const { path, params } = at(record.id);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = await call(routes.item, "GET", path, { params, headers: { "if-none-match": header } });
      expect(response.status, header).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(await response.text()).toBe("");
    }
    const stale = await call(routes.item, "GET", path, { params, headers: { "if-none-match": `"${record.id}.v0"` } });
    expect(stale.status).toBe(200);
  });

  it("gives lists an ETag that answers 304 until the list changes", async () => {
    const party = await newParty();
    const url = `/api/v1/positions?party=${party.slug}`;
    const first = await call(routes.list, "GET", url);
    const etag = first.headers.get("etag")!;
    expect((await call(routes.list, "GET", url, { headers: { "if-none-match": etag } })).status).toBe(304);
    await newPosition({ partyId: party.id });
    const changed = await call(routes.list, "GET", url, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect((await readBody(changed, listOf(positionItem))).items).toHaveLength(1);
  });

  it("changes a statement's ETag when a later statement supersedes it, though its version stays", async () => {
    const { record, etag } = await newPosition({ statedOn: "2025-05-11" });
    const later = await positionFields({ partyId: record.partyId, statedOn: "2025-05-20" });
    expect((await call(routes.list, "POST", "/api/v1/positions", { token: actors.writeToken, json: later })).status).toBe(201);
    const { path, params } = at(record.id);
    const response = await call(routes.item, "GET", path, { params, headers: { "if-none-match": etag } });
    expect(response.status).toBe(200);
    const now = await readBody(response, positionItem);
    expect(now.status).toBe("superseded");
    expect(now.version).toBe(record.version);
    expect(response.headers.get("etag")).not.toBe(etag);
    // The version is what a change is checked against, so the old tag still allows one.
    const changed = await patch(record.id, { headers: { "if-match": etag }, json: { summary: "Still says so." } });
    expect(changed.status, await changed.clone().text()).toBe(200);
  });
});

describe("writes", () => {
  it("refuses PATCH and DELETE with neither If-Match nor version: 428, nothing written", async () => {
    const { record } = await newPosition();
    const { path, params } = at(record.id);
    await expectProblem(await patch(record.id, { json: { summary: "No version given." } }), 428);
    await expectProblem(await call(routes.item, "DELETE", path, { params, token: actors.writeToken }), 428);
    await expectProblem(await call(routes.item, "DELETE", path, { params, token: actors.writeToken, json: { note: "no version" } }), 428);
    expect(await revisionsOf(record.id)).toHaveLength(1);
  });

  it("answers a stale If-Match with 412 and the current record", async () => {
    const { record, etag } = await newPosition();
    const first = await patch(record.id, { headers: { "if-match": etag }, json: { summary: "First save wins." } });
    expect(first.status).toBe(200);
    const winner = await readBody(first, positionItem);

    const late = await patch(record.id, { headers: { "if-match": etag }, json: { summary: "Second save loses." } });
    const problem = await expectProblem(late, 412);
    expect(positionItem.parse(problem.current)).toEqual(winner);
    expect(late.headers.get("etag")).toBe(first.headers.get("etag"));
    const { path, params } = at(record.id);
    await expectProblem(await call(routes.item, "DELETE", path, { params, token: actors.writeToken, headers: { "if-match": etag } }), 412);
    // A tag of another record, or garbage, names no state of this one.
    await expectProblem(await patch(record.id, { headers: { "if-match": `"other.v2"` }, json: { summary: "x" } }), 412);
    await expectProblem(await patch(record.id, { headers: { "if-match": "garbage" }, json: { summary: "x" } }), 412);
    expect((await db.position.findUniqueOrThrow({ where: { id: record.id } })).summary).toBe("First save wins.");
    expect(await revisionsOf(record.id)).toHaveLength(2);
  });

  it("answers a stale body version with 409 and the current record", async () => {
    const { record } = await newPosition();
    expect((await patch(record.id, { json: { version: 1, stance: "offers" } })).status).toBe(200);
    const problem = await expectProblem(await patch(record.id, { json: { version: 1, stance: "rejects" } }), 409);
    expect(positionItem.parse(problem.current)).toMatchObject({ id: record.id, version: 2, stance: "offers" });
    const { path, params } = at(record.id);
    await expectProblem(await call(routes.item, "DELETE", path, { params, token: actors.writeToken, json: { version: 1 } }), 409);
    expect(await revisionsOf(record.id)).toHaveLength(2);
  });

  it("accepts If-Match: * and a matching body version alongside If-Match", async () => {
    const { record, etag } = await newPosition();
    const star = await patch(record.id, { headers: { "if-match": "*" }, json: { summary: "Whatever the version." } });
    expect(star.status).toBe(200);
    const both = await patch(record.id, { headers: { "if-match": star.headers.get("etag")! }, json: { version: 2, summary: "Both agree." } });
    expect(both.status).toBe(200);
    await expectProblem(await patch(record.id, { headers: { "if-match": both.headers.get("etag")! }, json: { version: 1, summary: "Disagree." } }), 409);
    expect(etag).not.toBe(both.headers.get("etag"));
  });

  it("applies If-Match: * over the record as stored when it writes, keeping a save that landed meanwhile", async () => {
    const { record } = await newPosition({ stance: "demands" });
    const stored = (await getRecordSnapshot({ entityType: "position", id: record.id })) as PositionSnapshot;
    // Another editor's save is under way: written, not yet committed, while the PATCH arrives.
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const isWritten = new Promise<void>((resolve) => (written = resolve));
    const other = writeTransaction(async () => {
      await updatePosition({ id: record.id, version: 1, input: { ...toPositionInput(stored), stance: "rejects" }, actor: actors.editor });
      written();
      await committed;
    });
    await isWritten;
    const star = patch(record.id, { headers: { "if-match": "*" }, json: { summary: "Whatever the version." } });
    await untilBlocked();
    commit();
    await other;

    const response = await star;
    expect(response.status, await response.clone().text()).toBe(200);
    const now = await readBody(response, positionItem);
    expect(now).toMatchObject({ version: 3, stance: "rejects", summary: "Whatever the version." });
    expect(await revisionsOf(record.id)).toHaveLength(3);
  });

  it("lets exactly one of two saves from the same version win", async () => {
    const { record, etag } = await newPosition();
    const results = await Promise.all(
      ["Editor A's wording.", "Editor B's wording."].map((summary) => patch(record.id, { headers: { "if-match": etag }, json: { summary } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    expect(await revisionsOf(record.id)).toHaveLength(2);
  });

  it("saves nothing when a PATCH changes nothing", async () => {
    const { record, etag } = await newPosition();
    const same = await patch(record.id, { headers: { "if-match": etag }, json: { summary: record.summary } });
    expect(same.status).toBe(200);
    expect((await readBody(same, positionItem)).version).toBe(1);
    expect(await revisionsOf(record.id)).toHaveLength(1);
  });

  it("answers 404 to changes once a record is retracted", async () => {
    const { record, etag } = await newPosition();
    const { path, params } = at(record.id);
    expect((await call(routes.item, "DELETE", path, { params, token: actors.writeToken, headers: { "if-match": etag } })).status).toBe(204);
    await expectProblem(await call(routes.item, "DELETE", path, { params, token: actors.writeToken, headers: { "if-match": etag } }), 404);
    await expectProblem(await patch(record.id, { headers: { "if-match": etag }, json: { summary: "Too late." } }), 404);
  });
});

/** Until the request under test waits for the other transaction (PostgreSQL: on a lock; SQLite runs one writer at a time anyway). */
async function untilBlocked() {
  if (engine !== "postgres") return new Promise((resolve) => setTimeout(resolve, 200));
  await expect
    .poll(async () => {
      const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      return Number(row!.n);
    }, { timeout: 10_000, interval: 25 })
    .toBeGreaterThan(0);
}
