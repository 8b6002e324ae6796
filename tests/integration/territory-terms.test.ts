// Territorial claims name the areas of their negotiation and its parties by slug: saving
// checks them (domain and API alike), a renamed slug is carried into every claim that uses
// it, and nothing a claim names can disappear from under it (retraction, a party leaving).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArea } from "@/lib/areas/create-area";
import { restoreArea } from "@/lib/areas/restore-area";
import { retractArea } from "@/lib/areas/retract-area";
import { updateArea } from "@/lib/areas/update-area";
import { toAreaInput } from "@/lib/areas/area-input";
import { getComparison } from "@/lib/compare/get-comparison";
import { db } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { updateNegotiation } from "@/lib/negotiations/update-negotiation";
import { updateParty } from "@/lib/parties/update-party";
import { createPosition } from "@/lib/positions/create-position";
import { restorePosition } from "@/lib/positions/restore-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { appError, editor, newParty, positionFields, unique } from "../support/editing";
import { call, createApiActors, expectProblem, recordRoutes, type ApiActors } from "./api-support";

afterAll(() => db.$disconnect());

type Party = Awaited<ReturnType<typeof newParty>>;
let ruritania: Party;
let borduria: Party;
let outsider: Party;
let talks: { id: string; slug: string };
let elsewhere: { id: string; slug: string };
let issue: { id: string };
let north: { id: string; slug: string };
let southElsewhere: { slug: string };
let actors: ApiActors;

beforeAll(async () => {
  [ruritania, borduria, outsider, actors] = await Promise.all([newParty(), newParty(), newParty(), createApiActors()]);
  const negotiation = (slug: string) =>
    createNegotiation({
      input: { slug, title: `Talks ${slug}`, summary: "Test talks.", status: "active", parties: [{ partyId: ruritania.id, role: null }, { partyId: borduria.id, role: null }] },
      actor: editor,
    });
  [talks, elsewhere] = await Promise.all([negotiation(unique("talks")), negotiation(unique("other-talks"))]);
  issue = await createIssue({ input: { negotiationId: talks.id, slug: "territory", name: "Territory", description: "Who holds what.", kind: "territory" }, actor: editor });
  north = await createArea({ input: { negotiationId: talks.id, slug: "north-province", name: "North Province", kind: "province", heldById: ruritania.id }, actor: editor });
  southElsewhere = await createArea({ input: { negotiationId: elsewhere.id, slug: "south-coast", name: "South Coast", kind: "province" }, actor: editor });
}, 60_000);

const claim = (area: string, outcome: string, party?: string) => ({ area, outcome, ...(party ? { party } : {}) });
const position = async (party: Party, claims: object[], overrides: Record<string, unknown> = {}) =>
  createPosition({ input: await positionFields({ partyId: party.id, issueId: issue.id, terms: { claims }, ...overrides }), actor: editor });

describe("saving territorial claims", () => {
  it("accepts the negotiation's own areas and parties", async () => {
    const saved = await position(ruritania, [claim(north.slug, "held-by", ruritania.slug), claim("all", "frozen-line")]);
    expect(saved.terms).toEqual({ claims: [claim(north.slug, "held-by", ruritania.slug), claim("all", "frozen-line")] });
  });

  it("refuses an area of another negotiation, an unknown area and a party that does not take part, claim by claim", async () => {
    const error = await appError(
      position(ruritania, [claim(southElsewhere.slug, "frozen-line"), claim("atlantis", "demilitarised"), claim(north.slug, "withdrawal", outsider.slug), claim("all", "held-by", "nobody-at-all")]),
      "validation",
    );
    expect(error.details.fieldErrors).toEqual({
      "terms.claims.0.area": ["Claim 1: “south-coast” is an area of another negotiation, not of this one"],
      "terms.claims.1.area": ["Claim 2: “atlantis” is not an area of this negotiation"],
      "terms.claims.2.party": [`Claim 3: ${outsider.shortName} does not take part in this negotiation: add it to the negotiation's parties first`],
      "terms.claims.3.party": ["Claim 4: there is no party “nobody-at-all”"],
    });
  });

  it("is refused the same way through the API, with a problem naming the field", async () => {
    const body = await positionFields({ partyId: ruritania.id, issueId: issue.id, terms: { claims: [claim(southElsewhere.slug, "frozen-line")] } });
    const problem = await expectProblem(await call(recordRoutes.position.list, "POST", "/api/v1/positions", { token: actors.writeToken, json: body }), 422);
    expect(problem.errors).toEqual({ "terms.claims.0.area": ["Claim 1: “south-coast” is an area of another negotiation, not of this one"] });
  });
});

describe("an area's slug", () => {
  it("changed, is carried into every claim naming it, retracted positions included, each with a revision", async () => {
    const area = await createArea({ input: { negotiationId: talks.id, slug: unique("river"), name: "River Zone", kind: "zone" }, actor: editor });
    const standing = await position(borduria, [claim(area.slug, "demilitarised")]);
    const hidden = await position(ruritania, [claim(area.slug, "withdrawal", borduria.slug)]);
    await retractPosition({ id: hidden.id, version: hidden.version, actor: editor });

    const renamed = unique("river-zone");
    await updateArea({ id: area.id, version: area.version, input: { ...toAreaInput(area), slug: renamed }, actor: editor, note: "Clearer slug" });
    for (const id of [standing.id, hidden.id]) {
      const row = await db.position.findUniqueOrThrow({ where: { id } });
      expect((row.terms as { claims: { area: string }[] }).claims[0]!.area).toBe(renamed);
      const last = await db.revision.findFirstOrThrow({ where: { entityId: id }, orderBy: { createdAt: "desc" } });
      expect(last).toMatchObject({ action: "update", actorLabel: editor.label, note: `The area “${area.slug}” is now “${renamed}”: the terms name it by its new slug.` });
    }
  });
});

describe("what claims name cannot disappear from under them", () => {
  it("an area stays until no claim names it and no area lies in it", async () => {
    const area = await createArea({ input: { negotiationId: talks.id, slug: unique("hills"), name: "The Hills", kind: "zone" }, actor: editor });
    const named = await position(borduria, [claim(area.slug, "international")]);
    const refused = await appError(retractArea({ id: area.id, version: area.version, actor: editor }), "conflict");
    expect(refused.message).toBe(
      `The Hills cannot be retracted: 1 position (${borduria.shortName} on Territory) names it in its territorial claims: change or retract it first.`,
    );

    const retractedPosition = await retractPosition({ id: named.id, version: named.version, actor: editor });
    const retracted = await retractArea({ id: area.id, version: area.version, actor: editor });
    // The position cannot come back naming an area readers no longer see.
    const back = await appError(restorePosition({ id: retractedPosition.id, version: retractedPosition.version, actor: editor }), "conflict");
    expect(back.message).toMatch(/^This position cannot be restored as it is: Claim 1: the area “The Hills” has been retracted/);
    await restoreArea({ id: retracted.id, version: retracted.version, actor: editor });
    await expect(restorePosition({ id: retractedPosition.id, version: retractedPosition.version, actor: editor })).resolves.toMatchObject({ retractedAt: null });

    const part = await createArea({ input: { negotiationId: talks.id, slug: unique("hilltop"), name: "Hilltop", kind: "city", parentId: area.id }, actor: editor });
    expect(part.parentId).toBe(area.id);
    const current = await db.area.findUniqueOrThrow({ where: { id: area.id } });
    const withPart = await appError(retractArea({ id: area.id, version: current.version, actor: editor }), "conflict");
    expect(withPart.message).toMatch(/Hilltop lies in it: change or retract that area first\.$/);
  });

  it("a party's new slug is carried into claims, and it cannot leave a negotiation while it holds an area or claims name it", async () => {
    const holder = await newParty();
    const seats = [{ partyId: ruritania.id, role: null }, { partyId: borduria.id, role: null }];
    const negotiation = await createNegotiation({
      input: { slug: unique("seat-talks"), title: "Seat talks", summary: "Test talks.", status: "active", parties: [...seats, { partyId: holder.id, role: null }] },
      actor: editor,
    });
    const territory = await createIssue({ input: { negotiationId: negotiation.id, slug: "territory", name: "Territory", description: "Who holds what.", kind: "territory" }, actor: editor });
    await createArea({ input: { negotiationId: negotiation.id, slug: "east-bank", name: "East Bank", kind: "zone", heldById: holder.id }, actor: editor });
    const named = await createPosition({
      input: await positionFields({ partyId: ruritania.id, issueId: territory.id, terms: { claims: [claim("east-bank", "withdrawal", holder.slug)] } }),
      actor: editor,
    });

    const slug = unique("renamed");
    await updateParty({ id: holder.id, version: holder.version, input: { slug, name: holder.name, shortName: holder.shortName, kind: holder.kind, colour: holder.colour }, actor: editor });
    const row = await db.position.findUniqueOrThrow({ where: { id: named.id } });
    expect(row.terms).toEqual({ claims: [claim("east-bank", "withdrawal", slug)] });

    const current = await db.negotiation.findUniqueOrThrow({ where: { id: negotiation.id } });
    const error = await appError(
      updateNegotiation({ id: negotiation.id, version: current.version, input: { slug: current.slug, title: current.title, summary: current.summary, status: current.status, parties: seats }, actor: editor }),
      "validation",
    );
    expect(error.details.fieldErrors?.parties).toEqual([
      `${holder.shortName} cannot leave this negotiation while it holds East Bank and 1 position (${ruritania.shortName} on Territory) names it in its terms: change those first`,
    ]);
  });
});

describe("the comparison of claims", () => {
  it("names areas and parties by their records' names, and reads who holds an area from its record", async () => {
    const seats = [{ partyId: ruritania.id, role: null }, { partyId: borduria.id, role: null }];
    const negotiation = await createNegotiation({ input: { slug: unique("compare-talks"), title: "Compare talks", summary: "Test talks.", status: "active", parties: seats }, actor: editor });
    const territory = await createIssue({ input: { negotiationId: negotiation.id, slug: "territory", name: "Territory", description: "Who holds what.", kind: "territory" }, actor: editor });
    await createArea({ input: { negotiationId: negotiation.id, slug: "valley", name: "The Valley", kind: "zone", heldById: ruritania.id }, actor: editor });
    const say = async (party: Party, claims: object[]) =>
      createPosition({ input: await positionFields({ partyId: party.id, issueId: territory.id, terms: { claims } }), actor: editor });
    await say(ruritania, [claim("valley", "frozen-line")]);
    await say(borduria, [claim("valley", "withdrawal", borduria.slug)]);

    const data = (await getComparison({ negotiation: negotiation.slug, parties: [ruritania.slug, borduria.slug], issues: ["territory"] }))!;
    expect(data.rows[0]!.comparison).toMatchObject({
      class: "opposed",
      reason: `Opposed on The Valley: ${ruritania.shortName} wants a freeze at the current line; ${borduria.shortName} wants the withdrawal of ${borduria.shortName}'s forces; ${ruritania.shortName} holds it now.`,
    });
  });
});
