// Plans where readers look for records: search (plans and their points, each hit leading to
// its place), the Atom feeds (a point's change in its negotiation's and its issue's feeds,
// linking to the point), and the API's answers for a plan (per-field errors, If-Match).
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import * as issueRoute from "@/app/negotiations/[slug]/issues/[issue]/changes.atom/route";
import * as negotiationRoute from "@/app/negotiations/[slug]/changes.atom/route";
import { db } from "@/lib/db/client";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { retractPlanPoint } from "@/lib/plan-points/retract-plan-point";
import { toPlanPointInput } from "@/lib/plan-points/plan-point-input";
import { updatePlanPoint } from "@/lib/plan-points/update-plan-point";
import { createPlan } from "@/lib/plans/create-plan";
import { listHitLinks, hitKey } from "@/lib/search/list-hit-links";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import { editor, seeded, unique } from "../support/editing";
import { planFields } from "../support/editing-entities";
import { call, createApiActors, expectProblem, recordRoutes } from "./api-support";

afterAll(() => db.$disconnect());

const find = (params: Record<string, unknown>) => search(searchInput.parse(params));

describe("search", () => {
  it("finds seeded plan points and plans, each hit leading to its place on the plan's page", async () => {
    const results = await find({ q: "amnesty", kind: "planPoint" });
    const ids = results.hits.map((h) => h.id);
    expect(ids).toContain("us-28-point-plan-2025-11--p26");
    const links = await listHitLinks(results.hits);
    expect(links.get(hitKey({ kind: "planPoint", id: "us-28-point-plan-2025-11--p26" }))?.href).toBe("/plans/us-28-point-plan-2025-11#point-26");
    const plans = await find({ q: "Witkoff Dmitriev", kind: "plan" });
    expect(plans.hits.map((h) => h.id)).toContain("us-28-point-plan-2025-11");
    // A plan is found by the issues its points touch.
    const onNato = await find({ q: "NATO", kind: "plan", issue: "neutrality-nato" });
    expect(onNato.hits.length).toBeGreaterThan(0);
  });

  it("indexes a point as it changes, under its plan's title", async () => {
    const word = `zq${unique().slice(2)}`;
    const plan = await createPlan({ input: await planFields({ title: `Framework ${word}` }), actor: editor });
    const point = await createPlanPoint({ input: { planId: plan.id, number: "1", summary: "A pause.", issueIds: [] }, actor: editor });
    expect((await find({ q: word, kind: "planPoint" })).hits.map((h) => h.id)).toEqual([point.id]);
    await updatePlanPoint({ id: point.id, version: 1, input: { ...toPlanPointInput(point), summary: `A pause ${word}s.` }, actor: editor });
    expect((await find({ q: `${word}s`, kind: "planPoint" })).hits.map((h) => h.id)).toEqual([point.id]);
  });
});

describe("feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "entry" || name === "link" });
  const entriesOf = async (response: Promise<Response>) => {
    const { feed } = parser.parse(await (await response).text()) as { feed: { entry?: { id: string; link: { rel: string; href: string }[] }[] } };
    return feed.entry ?? [];
  };

  it("list a point's change in its negotiation's feed and its issue's, linking to the point", async () => {
    const { negotiation, territory } = await seeded();
    const plan = await createPlan({ input: await planFields(), actor: editor });
    const point = await createPlanPoint({ input: { planId: plan.id, number: "7", summary: "Lines frozen.", issueIds: [territory.id] }, actor: editor });
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: point.id } });
    const href = `http://localhost/plans/${encodeURIComponent(plan.id)}#point-7`;
    const request = (path: string) => new Request(`http://localhost${path}`);
    for (const entries of [
      await entriesOf(negotiationRoute.GET(request(`/negotiations/${negotiation.slug}/changes.atom`), { params: Promise.resolve({ slug: negotiation.slug }) })),
      await entriesOf(issueRoute.GET(request(`/negotiations/${negotiation.slug}/issues/${territory.slug}/changes.atom`), { params: Promise.resolve({ slug: negotiation.slug, issue: territory.slug }) })),
    ]) {
      const entry = entries.find((e) => e.id === `urn:parley:revision:${revision.id}`);
      expect(entry?.link.find((l) => l.rel === "alternate")?.href).toBe(href);
    }
  });
});

describe("the API", () => {
  it("answers a plan with per-field errors, and needs If-Match to change it", async () => {
    const actors = await createApiActors();
    const routes = recordRoutes.plan;
    const bad = await call(routes.list, "POST", "/api/v1/plans", {
      token: actors.writeToken,
      json: { ...(await planFields()), status: "tabled", previousVersionId: "no-such-plan", authorIds: [] },
    });
    const problem = await expectProblem(bad, 422);
    expect(Object.keys(problem.errors ?? {})).toEqual(expect.arrayContaining(["status", "authorIds"]));

    const created = await call(routes.list, "POST", "/api/v1/plans", { token: actors.writeToken, json: await planFields() });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await expectProblem(await call(routes.item, "PATCH", `/api/v1/plans/${id}`, { params: { id }, token: actors.writeToken, json: { status: "agreed" } }), 428);
    await expectProblem(
      await call(routes.item, "PATCH", `/api/v1/plans/${id}`, { params: { id }, token: actors.writeToken, headers: { "if-match": `"${id}.v7"` }, json: { status: "agreed" } }),
      412,
    );
    const ok = await call(routes.item, "PATCH", `/api/v1/plans/${id}`, { params: { id }, token: actors.writeToken, headers: { "if-match": created.headers.get("etag")! }, json: { status: "agreed" } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe("agreed");
  });

  it("lists the plans whose points touch an issue, as search finds them, refusing an issue that is not one", async () => {
    const { negotiation, territory } = await seeded();
    const touching = await createPlan({ input: await planFields(), actor: editor });
    await createPlanPoint({ input: { planId: touching.id, number: "1", summary: "Lines frozen.", issueIds: [territory.id] }, actor: editor });
    const elsewhere = await createPlan({ input: await planFields(), actor: editor });
    const retracted = await createPlanPoint({ input: { planId: elsewhere.id, number: "1", summary: "Lines moved.", issueIds: [territory.id] }, actor: editor });
    await retractPlanPoint({ id: retracted.id, version: 1, actor: editor });

    const ids: string[] = [];
    for (let next: string | null = `/api/v1/plans?negotiation=${negotiation.slug}&issue=${territory.id}&limit=200`; next; ) {
      const response = await call(recordRoutes.plan.list, "GET", next);
      expect(response.status, await response.clone().text()).toBe(200);
      const page = (await response.json()) as { items: { id: string }[]; links: { next: string | null } };
      ids.push(...page.items.map((p) => p.id));
      next = page.links.next;
    }
    expect(ids).toContain(touching.id);
    expect(ids).not.toContain(elsewhere.id);
    const problem = await expectProblem(await call(recordRoutes.plan.list, "GET", "/api/v1/plans?issue=no-such-issue"), 422);
    expect(problem.errors).toEqual({ issue: ["There is no issue “no-such-issue”"] });
  });
});
