// A JSON body is UTF-8 (RFC 8259). Bytes that are not — a Latin-1 "é", a stray 0xFF — are
// refused with a message saying so, and nothing is written: decoding them leniently would
// store U+FFFD in their place and answer 200, losing the character without a word.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { newParty } from "../support/editing";
import { call, createApiActors, databaseFingerprint, expectProblem, recordRoutes, type ApiActors } from "./api-support";

const routes = recordRoutes.party;
let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
});
afterAll(() => db.$disconnect());

const latin1 = (text: string) => Buffer.from(text, "latin1");

/** PATCHes a party with these bytes, as the type given. */
function patchParty(party: { id: string; version: number }, body: BodyInit, contentType: string) {
  return call(routes.item, "PATCH", `/api/v1/parties/${party.id}`, {
    params: { id: party.id },
    token: actors.writeToken,
    headers: { "content-type": contentType, "if-match": `"${party.id}.v${party.version}"` },
    body,
  });
}

describe("request bodies that are not UTF-8", () => {
  it("a Latin-1 body is refused, naming the charset it was sent in, and the record keeps its name", async () => {
    const party = await newParty();
    const before = await databaseFingerprint();
    const response = await patchParty(party, latin1(`{"name": "Café ${party.slug}"}`), "application/json; charset=iso-8859-1");
    const problem = await expectProblem(response, 400);
    expect(problem.detail).toMatch(/not valid UTF-8 \(it was sent as iso-8859-1\)/);
    const stored = await db.party.findUniqueOrThrow({ where: { id: party.id }, select: { name: true, version: true } });
    expect(stored).toEqual({ name: party.name, version: party.version });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("a stray byte that is not UTF-8 in a new record is refused, and nothing is created", async () => {
    const before = await databaseFingerprint();
    const body = Buffer.concat([Buffer.from('{"slug": "bad-bytes", "name": "Bad '), Buffer.from([0xff, 0xfe]), Buffer.from('", "shortName": "Bad", "kind": "state", "colour": "#336699"}')]);
    const response = await call(routes.list, "POST", "/api/v1/parties", { token: actors.writeToken, headers: { "content-type": "application/json" }, body });
    const problem = await expectProblem(response, 400);
    expect(problem.detail).toBe("The body is not valid UTF-8: send JSON encoded as UTF-8");
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("the same text in UTF-8 is saved as sent, whatever the charset parameter says", async () => {
    const party = await newParty();
    const response = await patchParty(party, Buffer.from(`{"name": "Café ${party.slug}"}`, "utf8"), "application/json; charset=utf-8");
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await db.party.findUniqueOrThrow({ where: { id: party.id } })).name).toBe(`Café ${party.slug}`);
  });
});
