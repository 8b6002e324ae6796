// A script's session with the API, start to finish: with a write token, list positions,
// record one, change it with If-Match, and retract it — as a newsroom's program would.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOf } from "@/lib/api/schemas/common";
import { partyItem } from "@/lib/parties/party-api-schema";
import { positionItem } from "@/lib/positions/position-api-schema";
import { revisionItem } from "@/lib/api/schemas/revisions";
import { sourceItem } from "@/lib/sources/source-api-schema";
import * as revisionListRoute from "@/app/api/v1/revisions/route";
import { db } from "@/lib/db/client";
import { call, createApiActors, readBody, recordRoutes, type ApiActors, type RouteModule } from "./api-support";

let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
});
afterAll(() => db.$disconnect());

it("lists, creates, updates with If-Match and retracts a position", async () => {
  const token = actors.writeToken;
  const positions = recordRoutes.position;

  // 1. Read what is there: Russia's current positions, page by page.
  const seen: string[] = [];
  let next: string | null = "/api/v1/positions?party=russia&status=current&limit=5";
  while (next) {
    const page: { items: { id: string }[]; links: { next: string | null } } = await readBody(
      await call(positions.list, "GET", next),
      listOf(positionItem),
    );
    seen.push(...page.items.map((p) => p.id));
    next = page.links.next;
  }
  expect(seen.length).toBeGreaterThan(5);
  expect(new Set(seen).size).toBe(seen.length);

  // Today: after every earlier statement, and no later than a statement may be dated.
  const today = new Date().toISOString().slice(0, 10);

  // 2. Find the ids a new position needs: the party (by slug), an issue, a new source.
  const russia = await readBody(await call(recordRoutes.party.item, "GET", "/api/v1/parties/russia", { params: { id: "russia" } }), partyItem);
  const anyPosition = await readBody(await call(positions.item, "GET", `/api/v1/positions/${seen[0]}`, { params: { id: seen[0] } }), positionItem);
  const sourceResponse = await call(recordRoutes.source.list, "POST", "/api/v1/sources", {
    token,
    json: { outlet: "Scenario Wire", title: "Moscow restates its terms", url: `https://example.org/scenario/${randomUUID()}`, publishedOn: today },
  });
  expect(sourceResponse.status).toBe(201);
  const source = await readBody(sourceResponse, sourceItem);

  // 3. Record a new statement on that issue, dated after every earlier one.
  const created = await call(positions.list, "POST", "/api/v1/positions", {
    token,
    json: {
      partyId: russia.id,
      issueId: anyPosition.issueId,
      stance: "demands",
      summary: "Restates its demand, in a statement made for this test.",
      statedOn: today,
      citations: [{ sourceId: source.id, attribution: "official-statement", quote: "Our terms are unchanged." }],
      note: "Recorded by the scenario script",
    },
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const position = await readBody(created, positionItem);
  expect(position).toMatchObject({ status: "current", party: { slug: "russia" }, statedOn: today, version: 1 });
  const location = created.headers.get("location")!;
  expect(location).toMatch(new RegExp(`/api/v1/positions/${position.id}$`));

  // The statement it superseded says so now.
  const previous = await readBody(await call(positions.item, "GET", `/api/v1/positions/${anyPosition.id}`, { params: { id: anyPosition.id } }), positionItem);
  if (previous.issueId === position.issueId && anyPosition.status === "current") expect(previous.status).toBe("superseded");

  // 4. Change it, naming the version read with If-Match.
  const read = await call(positions.item, "GET", new URL(location).pathname, { params: { id: position.id } });
  const updated = await call(positions.item, "PATCH", new URL(location).pathname, {
    token,
    params: { id: position.id },
    headers: { "if-match": read.headers.get("etag")! },
    json: { stance: "conditional", note: "Softer wording in the transcript" },
  });
  expect(updated.status, await updated.clone().text()).toBe(200);
  expect(await readBody(updated, positionItem)).toMatchObject({ stance: "conditional", version: 2, summary: position.summary });

  // 5. Retract it with the new ETag; readers no longer see it.
  const retracted = await call(positions.item, "DELETE", new URL(location).pathname, {
    token,
    params: { id: position.id },
    headers: { "if-match": updated.headers.get("etag")! },
  });
  expect(retracted.status).toBe(204);
  expect((await call(positions.item, "GET", new URL(location).pathname, { params: { id: position.id } })).status).toBe(404);

  // 6. The history kept every step, attributed to the token.
  const history = await db.revision.findMany({ where: { entityId: position.id }, orderBy: { createdAt: "asc" } });
  expect(history.map((r) => r.action)).toEqual(["create", "update", "retract"]);
  expect(history.every((r) => r.actorLabel.includes("API token"))).toBe(true);
  // …though the API no longer lists the changes of a retracted record.
  const listed = await readBody(
    await call(revisionListRoute as RouteModule, "GET", `/api/v1/revisions?entityType=position&entityId=${position.id}`),
    listOf(revisionItem),
  );
  expect(listed.items).toEqual([]);
});
