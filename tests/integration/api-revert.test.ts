// Undoing a bad edit through the API, as the history page does: POST /{resource}/{id}/revert
// with the revision to go back to, naming the version the client started from. The revert
// is a new revision; history is never rewritten.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as actionRoute from "@/app/api/v1/[resource]/[id]/[action]/route";
import * as revisionRoute from "@/app/api/v1/revisions/[id]/route";
import * as revisionsRoute from "@/app/api/v1/revisions/route";
import { listOf } from "@/lib/api/schemas/common";
import { revisionItem } from "@/lib/api/schemas/revisions";
import { partyItem } from "@/lib/parties/party-api-schema";
import { db } from "@/lib/db/client";
import { boundRoute, call, createApiActors, databaseFingerprint, expectProblem, readBody, recordRoutes, type ApiActors, type RouteModule } from "./api-support";

let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
});
afterAll(() => db.$disconnect());

const parties = recordRoutes.party;
const revert = boundRoute(actionRoute as RouteModule, { resource: "parties", action: "revert" });
const revisionList = listOf(revisionItem);

async function newParty() {
  const slug = `revert-${randomUUID().slice(0, 8)}`;
  const json = { slug, name: "Kingdom of Ruritania", shortName: "Ruritania", kind: "state", colour: "#c8102e" };
  const created = await readBody(await call(parties.list, "POST", "/api/v1/parties", { token: actors.writeToken, json }), partyItem);
  const changed = await call(parties.item, "PATCH", `/api/v1/parties/${created.id}`, {
    token: actors.writeToken, params: { id: created.id }, json: { name: "Kingdom of Ruritania (misspelt Rurutania)", version: 1 },
  });
  expect(changed.status).toBe(200);
  const history = await db.revision.findMany({ where: { entityType: "party", entityId: created.id }, orderBy: { createdAt: "asc" } });
  return { id: created.id, created: history[0]!, changed: history[1]!, etag: changed.headers.get("etag")! };
}

const revertCall = (id: string, options: Parameters<typeof call>[3]) =>
  call(revert, "POST", `/api/v1/parties/${id}/revert`, { params: { id }, ...options });

describe("POST /{resource}/{id}/revert", () => {
  it("puts the record back as a revision left it, as a new revision with the note", async () => {
    const party = await newParty();
    const response = await revertCall(party.id, {
      token: actors.writeToken, headers: { "if-match": party.etag }, json: { revisionId: party.created.id, note: "Undo the misspelling" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(new RegExp(`^"${party.id}\\.v3\\.`));
    const item = await readBody(response, partyItem);
    expect(item).toMatchObject({ id: party.id, version: 3, name: "Kingdom of Ruritania" });
    const history = await db.revision.findMany({ where: { entityType: "party", entityId: party.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => r.action)).toEqual(["create", "update", "revert"]);
    expect(history[2]!.note).toBe("Undo the misspelling");
  });

  it("takes the version in the body, and writes nothing when the record already holds that version", async () => {
    const party = await newParty();
    const first = await revertCall(party.id, { token: actors.writeToken, json: { revisionId: party.changed.id, version: 2 } });
    expect(first.status).toBe(200);
    expect((await readBody(first, partyItem)).version).toBe(2);
    expect(await db.revision.count({ where: { entityType: "party", entityId: party.id } })).toBe(2);
  });

  it("undoes a retraction by going back to a version readers saw", async () => {
    const party = await newParty();
    const retracted = await call(parties.item, "DELETE", `/api/v1/parties/${party.id}`, { token: actors.writeToken, params: { id: party.id }, headers: { "if-match": party.etag } });
    expect(retracted.status).toBe(204);
    const response = await revertCall(party.id, { token: actors.writeToken, headers: { "if-match": retracted.headers.get("etag")! }, json: { revisionId: party.created.id } });
    expect(response.status).toBe(200);
    expect(await readBody(response, partyItem)).toMatchObject({ version: 4, name: "Kingdom of Ruritania" });
    expect((await db.party.findUniqueOrThrow({ where: { id: party.id } })).retractedAt).toBeNull();
  });

  it("lists a retracted record's changes to an editor, as its history page does, so one can be gone back to; readers find none", async () => {
    const party = await newParty();
    const retracted = await call(parties.item, "DELETE", `/api/v1/parties/${party.id}`, { token: actors.writeToken, params: { id: party.id }, headers: { "if-match": party.etag } });
    expect(retracted.status).toBe(204);
    const history = `/api/v1/revisions?entityType=party&entityId=${party.id}`;
    const listed = async (credentials: { token?: string; cookie?: string }) =>
      (await readBody(await call(revisionsRoute as RouteModule, "GET", history, credentials), revisionList)).items.map((r) => r.id);
    const everyChange = async (credentials: { token?: string; cookie?: string }) =>
      (await readBody(await call(revisionsRoute as RouteModule, "GET", "/api/v1/revisions?entityType=party&limit=200", credentials), revisionList)).items.map((r) => r.id);
    const read = (id: string, credentials: { token?: string; cookie?: string }) => call(revisionRoute as RouteModule, "GET", `/api/v1/revisions/${id}`, { params: { id }, ...credentials });

    // Readers, a read-only token and a token no longer valid: the record is gone, its history with it.
    for (const credentials of [{}, { token: actors.readToken }, { token: actors.revokedToken }]) {
      expect(await listed(credentials)).toEqual([]);
      expect(await everyChange(credentials)).not.toContain(party.changed.id);
      await expectProblem(await read(party.changed.id, credentials), 404);
    }
    // An editor, by token or session, sees it all, newest first, and each change by itself.
    for (const credentials of [{ token: actors.writeToken }, { cookie: actors.editorSession }]) {
      const ids = await listed(credentials);
      expect(ids).toHaveLength(3);
      expect(ids.slice(1)).toEqual([party.changed.id, party.created.id]);
      expect(await everyChange(credentials)).toContain(party.changed.id);
      const change = await readBody(await read(party.changed.id, credentials), revisionItem);
      expect(change).toMatchObject({ id: party.changed.id, entityId: party.id, action: "update" });
    }
    // And the change found that way is one to go back to.
    const response = await revertCall(party.id, { token: actors.writeToken, headers: { "if-match": retracted.headers.get("etag")! }, json: { revisionId: party.changed.id } });
    expect(response.status).toBe(200);
    expect(await readBody(response, partyItem)).toMatchObject({ version: 4, name: "Kingdom of Ruritania (misspelt Rurutania)" });
  });

  it("refuses, changing nothing, a stale version, a missing one, another record's revision, and a caller who may not edit", async () => {
    const party = await newParty();
    const other = await newParty();
    const before = await databaseFingerprint();

    const stale = await expectProblem(await revertCall(party.id, { token: actors.writeToken, headers: { "if-match": `"${party.id}.v1.x"` }, json: { revisionId: party.created.id } }), 412);
    expect(stale.current).toMatchObject({ id: party.id, version: 2 });
    await expectProblem(await revertCall(party.id, { token: actors.writeToken, json: { revisionId: party.created.id, version: 1 } }), 409);
    await expectProblem(await revertCall(party.id, { token: actors.writeToken, json: { revisionId: party.created.id } }), 428);

    const elsewhere = await expectProblem(await revertCall(party.id, { token: actors.writeToken, json: { revisionId: other.created.id, version: 2 } }), 422);
    expect(Object.keys(elsewhere.errors ?? {})).toEqual(["revisionId"]);
    const unknown = await expectProblem(await revertCall(party.id, { token: actors.writeToken, json: { revisionId: "no-such-revision", version: 2 } }), 422);
    expect(Object.keys(unknown.errors ?? {})).toEqual(["revisionId"]);
    const missing = await expectProblem(await revertCall(party.id, { token: actors.writeToken, json: { version: 2 } }), 422);
    expect(Object.keys(missing.errors ?? {})).toEqual(["revisionId"]);

    await expectProblem(await revertCall(party.id, { json: { revisionId: party.created.id, version: 2 } }), 401);
    await expectProblem(await revertCall(party.id, { token: actors.readToken, json: { revisionId: party.created.id, version: 2 } }), 403);
    await expectProblem(await revertCall("no-such-party", { token: actors.writeToken, json: { revisionId: party.created.id, version: 2 } }), 404);

    expect(await databaseFingerprint()).toEqual(before);
  });
});
