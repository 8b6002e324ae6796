// Areas belong to one negotiation: what an editor may point an area at (the area it lies
// in, who holds it), slugs unique within a negotiation only, and the API's list and item.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areaItem } from "@/lib/areas/area-api-schema";
import { createArea } from "@/lib/areas/create-area";
import { updateArea } from "@/lib/areas/update-area";
import { listOf } from "@/lib/api/schemas/common";
import { db } from "@/lib/db/client";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { appError, editor, newParty, unique } from "../support/editing";
import { getAreasPage } from "@/lib/areas/get-areas-page";
import { call, createApiActors, expectProblem, readBody, recordRoutes } from "./api-support";

afterAll(() => db.$disconnect());

let north: { id: string; slug: string };
let south: { id: string; slug: string };
let seated: { id: string };
let unseated: { id: string };

beforeAll(async () => {
  [seated, unseated] = await Promise.all([newParty(), newParty()]);
  const negotiation = (slug: string) =>
    createNegotiation({ input: { slug, title: `Talks ${slug}`, summary: "Test talks.", status: "active", parties: [{ partyId: seated.id, role: null }] }, actor: editor });
  [north, south] = await Promise.all([negotiation(unique("north-talks")), negotiation(unique("south-talks"))]);
});

const area = (negotiationId: string, fields: Record<string, unknown> = {}) =>
  createArea({ input: { negotiationId, slug: unique("area"), name: "North Province", kind: "province", ...fields }, actor: editor });

describe("an area", () => {
  it("is held only by a party of its negotiation", async () => {
    const error = await appError(area(north.id, { heldById: unseated.id }), "validation");
    expect(error.details.fieldErrors?.heldById).toEqual(["This party does not take part in this negotiation: add it to the negotiation's parties first"]);
    const held = await area(north.id, { heldById: seated.id, heldSince: "2024-03" });
    expect(held).toMatchObject({ heldById: seated.id, heldSince: "2024-03" });
  });

  it("lies only in an area of its own negotiation, and never in itself or its own parts", async () => {
    const province = await area(north.id);
    const elsewhere = await area(south.id);
    const error = await appError(area(north.id, { parentId: elsewhere.id }), "validation");
    expect(error.details.fieldErrors?.parentId).toEqual(["Choose an area of this negotiation for the area it lies in"]);

    const city = await area(north.id, { parentId: province.id, kind: "city" });
    const { id, version, ...rest } = province;
    const input = { negotiationId: rest.negotiationId, slug: rest.slug, name: rest.name, kind: rest.kind, parentId: city.id };
    const loop = await appError(updateArea({ id, version, input, actor: editor }), "validation");
    expect(loop.details.fieldErrors?.parentId).toEqual(["An area cannot lie in itself or in one of its own parts"]);
  });

  it("has a slug unique within its negotiation, which another negotiation may use too", async () => {
    const slug = unique("area");
    await area(north.id, { slug });
    await expect(area(south.id, { slug })).resolves.toMatchObject({ slug });
    const error = await appError(area(north.id, { slug }), "validation");
    expect(error.details.fieldErrors?.slug).toEqual(["Another area of this negotiation already uses this slug: choose another"]);
  });

  it("cannot move to another negotiation", async () => {
    const a = await area(north.id);
    const error = await appError(
      updateArea({ id: a.id, version: a.version, input: { negotiationId: south.id, slug: a.slug, name: a.name, kind: a.kind }, actor: editor }),
      "validation",
    );
    expect(error.details.fieldErrors?.negotiationId).toEqual(["An area cannot move to another negotiation: create it there instead"]);
  });
});

describe("the areas API", () => {
  it("lists a negotiation's areas, and finds one by a slug no other negotiation uses", async () => {
    const slug = unique("crossing");
    const created = await area(south.id, { slug, name: "River crossing", kind: "other", heldById: seated.id, notes: "Held since the thaw." });
    const list = await readBody(
      await call(recordRoutes.area.list, "GET", `/api/v1/areas?negotiation=${south.slug}`),
      listOf(areaItem),
    );
    expect(list.items.every((a) => a.negotiation.slug === south.slug)).toBe(true);
    expect(list.items.map((a) => a.slug)).toContain(slug);

    const item = await readBody(await call(recordRoutes.area.item, "GET", `/api/v1/areas/${slug}`, { params: { id: slug } }), areaItem);
    expect(item).toMatchObject({ id: created.id, name: "River crossing", heldBy: { id: seated.id }, notes: "Held since the thaw." });
    expect(item.links.html).toBe(`/negotiations/${south.slug}/areas#area-${slug}`);
  });

  it("says when the holder holds only part of an area, and an edit that leaves the field out keeps it", async () => {
    const { writeToken } = await createApiActors();
    const slug = unique("front");
    const post = await call(recordRoutes.area.list, "POST", "/api/v1/areas", {
      token: writeToken,
      json: { negotiationId: south.id, slug, name: "Front province", kind: "province", heldById: seated.id, heldInPart: true },
    });
    const created = await readBody(post, areaItem);
    expect(created).toMatchObject({ heldBy: { id: seated.id }, heldInPart: true });

    const patched = await call(recordRoutes.area.item, "PATCH", `/api/v1/areas/${created.id}`, {
      token: writeToken,
      params: { id: created.id },
      json: { version: created.version, notes: "A front line runs through it." },
    });
    expect(await readBody(patched, areaItem)).toMatchObject({ heldInPart: true, notes: "A front line runs through it." });

    // Held in part by nobody: refused beside the field, nothing written.
    const orphan = await call(recordRoutes.area.list, "POST", "/api/v1/areas", {
      token: writeToken,
      json: { negotiationId: south.id, slug: unique("front"), name: "Nobody's part", kind: "province", heldInPart: true },
    });
    const problem = await expectProblem(orphan, 422);
    expect(problem.errors?.heldInPart).toEqual(["Say which party holds part of the area, or choose “All of it”"]);
  });
});

describe("the seeded regions a front line runs through", () => {
  it("are held in part, and the rest held whole or by nobody recorded", async () => {
    const rows = await db.area.findMany({
      where: { negotiation: { slug: "russia-ukraine" }, heldInPart: true },
      select: { slug: true, heldBy: { select: { slug: true } } },
      orderBy: { order: "asc" },
    });
    expect(rows.map((a) => [a.slug, a.heldBy?.slug])).toEqual([
      ["donetsk", "russia"],
      ["zaporizhzhia", "russia"],
      ["kherson", "russia"],
    ]);
    const page = await getAreasPage({ negotiationSlug: "russia-ukraine" });
    expect(page!.areas.find((a) => a.slug === "donetsk")).toMatchObject({ heldInPart: true, heldBy: { slug: "russia" } });
    expect(page!.areas.find((a) => a.slug === "luhansk")).toMatchObject({ heldInPart: false, heldBy: { slug: "russia" } });
  });
});
