// A third negotiation set up without code: every step an editor takes on the set-up page is
// also a request a program can make — the negotiation, new parties and an existing one seated
// (the same party record at two tables), issues with their kinds, areas, two positions with
// territorial claims — and the comparison reads the claims with the records' names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaItem } from "@/lib/areas/area-api-schema";
import { compareResult } from "@/lib/api/schemas/compare";
import { db } from "@/lib/db/client";
import { issueItem } from "@/lib/issues/issue-api-schema";
import { negotiationItem } from "@/lib/negotiations/negotiation-api-schema";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { seatParty } from "@/lib/negotiations/seat-party";
import { partyItem } from "@/lib/parties/party-api-schema";
import { positionItem } from "@/lib/positions/position-api-schema";
import { sourceItem } from "@/lib/sources/source-api-schema";
import * as compareRoute from "@/app/api/v1/compare/route";
import { appError, editor, newParty, unique } from "../support/editing";
import { call, createApiActors, expectProblem, readBody, recordRoutes, type ApiActors, type RouteModule } from "./api-support";

let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
}, 60_000);
afterAll(() => db.$disconnect());

describe("setting up a negotiation through the API", () => {
  it("creates it, seats new and existing parties, adds issues and areas, records claims and compares them", async () => {
    const token = actors.writeToken;
    const post = async <T>(kind: keyof typeof recordRoutes, path: string, json: object, schema: { parse: (v: unknown) => T }) => {
      const response = await call(recordRoutes[kind].list, "POST", `/api/v1/${path}`, { token, json });
      expect(response.status, await response.clone().text()).toBe(201);
      return readBody(response, schema as never) as Promise<T>;
    };
    const tag = unique("setup");

    // 1. The negotiation, with nobody seated yet.
    const negotiation = await post("negotiation", "negotiations", { slug: tag, title: `Highland talks ${tag}`, summary: "Talks over the highland districts.", status: "active", parties: [] }, negotiationItem);
    expect(negotiation.parties).toEqual([]);

    // 2. Two new parties, and one already seated at another negotiation.
    const ruritania = await post("party", "parties", { slug: `${tag}-ruritania`, name: "Republic of Ruritania", shortName: "Ruritania", kind: "state", colour: "#1a4fc4" }, partyItem);
    const borduria = await post("party", "parties", { slug: `${tag}-borduria`, name: "Borduria", shortName: "Borduria", kind: "state", colour: "#b22222" }, partyItem);
    const existing = await db.negotiationParty.findFirstOrThrow({ where: { negotiationId: { not: negotiation.id } }, select: { partyId: true } });
    const read = await call(recordRoutes.negotiation.item, "GET", `/api/v1/negotiations/${negotiation.id}`, { params: { id: negotiation.id } });
    const seats = [{ partyId: ruritania.id, role: null }, { partyId: borduria.id, role: null }, { partyId: existing.partyId, role: "mediator" }];
    const seated = await call(recordRoutes.negotiation.item, "PATCH", `/api/v1/negotiations/${negotiation.id}`, {
      token, params: { id: negotiation.id }, headers: { "if-match": read.headers.get("etag")! }, json: { parties: seats },
    });
    expect(seated.status, await seated.clone().text()).toBe(200);
    expect((await readBody(seated, negotiationItem)).parties).toEqual(seats);
    expect(await db.negotiationParty.count({ where: { partyId: existing.partyId } })).toBeGreaterThanOrEqual(2);

    // 3. Issues with their kinds, 4. the areas at stake.
    const territory = await post("issue", "issues", { negotiationId: negotiation.id, slug: "territory", name: "Territory", description: "Who holds the highland districts.", kind: "territory", order: 1 }, issueItem);
    await post("issue", "issues", { negotiationId: negotiation.id, slug: "ceasefire", name: "Ceasefire", description: "When the guns fall silent.", kind: "ceasefire", order: 2 }, issueItem);
    const areas: { slug: string }[] = [];
    for (const [order, name] of ["North Highland", "Lake District", "Pass Corridor"].entries()) {
      const slug = name.toLowerCase().replace(/ /g, "-");
      areas.push(await post("area", "areas", { negotiationId: negotiation.id, slug, name, kind: order === 2 ? "corridor" : "province", order }, areaItem));
    }

    // 5. Two positions, each claiming the same area for itself.
    const source = await post("source", "sources", { outlet: "Highland Wire", title: `Both sides state terms ${tag}`, url: `https://example.org/highland/${tag}`, publishedOn: "2025-03-01" }, sourceItem);
    const claim = (party: { id: string; slug: string }) => ({
      partyId: party.id, issueId: territory.id, stance: "demands", summary: "Claims North Highland as its own.", statedOn: "2025-03-01",
      terms: { claims: [{ area: areas[0]!.slug, outcome: "held-by", party: party.slug, recognition: "de-jure" }] },
      citations: [{ sourceId: source.id, attribution: "official-statement" }],
    });
    await post("position", "positions", claim(ruritania), positionItem);
    await post("position", "positions", claim(borduria), positionItem);

    const compared = await call(compareRoute as RouteModule, "GET", `/api/v1/compare?negotiation=${tag}&parties=${ruritania.slug},${borduria.slug}&issues=territory`);
    expect(compared.status, await compared.clone().text()).toBe(200);
    const [row] = (await readBody(compared, compareResult)).rows;
    expect(row!.comparison.class).toBe("opposed");
    expect(row!.comparison.reason).toContain("North Highland");
    expect(row!.comparison.reason).toMatch(/Ruritania/);
    expect(row!.comparison.reason).toMatch(/Borduria/);
  }, 60_000);

  it("refuses a party seated twice, by field, and a stale version, changing nothing", async () => {
    const party = await newParty();
    const negotiation = await createNegotiation({ input: { slug: unique("twice"), title: "Twice talks", summary: "Test talks.", status: "active", parties: [{ partyId: party.id, role: null }] }, actor: editor });
    const twice = await call(recordRoutes.negotiation.item, "PATCH", `/api/v1/negotiations/${negotiation.id}`, {
      token: actors.writeToken, params: { id: negotiation.id }, json: { version: 1, parties: [{ partyId: party.id, role: null }, { partyId: party.id, role: null }] },
    });
    const problem = await expectProblem(twice, 422);
    expect(problem.errors).toMatchObject({ "parties.1.partyId": ["This party is already listed"] });
    const stale = await call(recordRoutes.negotiation.item, "PATCH", `/api/v1/negotiations/${negotiation.id}`, {
      token: actors.writeToken, params: { id: negotiation.id }, headers: { "if-match": '"0"' }, json: { parties: [] },
    });
    expect([409, 412]).toContain(stale.status);
    expect(await db.negotiationParty.count({ where: { negotiationId: negotiation.id } })).toBe(1);
  });
});

describe("seating a party from the set-up page", () => {
  it("adds the seat after the others, as one more revision of the negotiation", async () => {
    const [first, second] = await Promise.all([newParty(), newParty()]);
    const negotiation = await createNegotiation({ input: { slug: unique("seat"), title: "Seat talks", summary: "Test talks.", status: "active", parties: [{ partyId: first.id, role: null }] }, actor: editor });
    const saved = await seatParty({ negotiationId: negotiation.id, partyId: second.id, role: "observer", actor: editor, note: "Seated from the set-up page" });
    expect(saved.version).toBe(2);
    expect(saved.parties).toEqual([{ partyId: first.id, role: null }, { partyId: second.id, role: "observer" }]);
    const last = await db.revision.findFirstOrThrow({ where: { entityId: negotiation.id }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ action: "update", note: "Seated from the set-up page" });
  });

  it("refuses a party already seated, an unknown party and a reader, changing nothing", async () => {
    const party = await newParty();
    const negotiation = await createNegotiation({ input: { slug: unique("seat"), title: "Seat talks", summary: "Test talks.", status: "active", parties: [{ partyId: party.id, role: null }] }, actor: editor });
    const again = await appError(seatParty({ negotiationId: negotiation.id, partyId: party.id, actor: editor }), "validation");
    expect(again.details.fieldErrors).toMatchObject({ "parties.1.partyId": ["This party is already listed"] });
    const unknown = await appError(seatParty({ negotiationId: negotiation.id, partyId: "no-such-party", actor: editor }), "validation");
    expect(Object.keys(unknown.details.fieldErrors ?? {})).toEqual(["parties.1.partyId"]);
    await appError(seatParty({ negotiationId: negotiation.id, partyId: (await newParty()).id, actor: null }), "unauthenticated");
    await appError(seatParty({ negotiationId: "no-such-negotiation", partyId: party.id, actor: editor }), "not-found");
    expect(await db.negotiationParty.count({ where: { negotiationId: negotiation.id } })).toBe(1);
    expect(await db.revision.count({ where: { entityId: negotiation.id } })).toBe(1);
  });
});
