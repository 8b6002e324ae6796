// Terms holding only empty lists are saved as no terms. A field no issue kind has is refused
// whatever it holds: with an empty list it used to vanish, and the statement's stored terms
// with it, answered 200 — while the same field with a value was refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { positionFields } from "../support/editing";
import { call, createApiActors, databaseFingerprint, expectProblem, recordRoutes, type ApiActors } from "./api-support";

const routes = recordRoutes.position;
let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
});
afterAll(() => db.$disconnect());

async function newStatement() {
  const response = await call(routes.list, "POST", "/api/v1/positions", { token: actors.writeToken, json: await positionFields() });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; version: number; terms: unknown };
}

const patchTerms = (id: string, version: number, terms: unknown) =>
  call(routes.item, "PATCH", `/api/v1/positions/${id}`, { params: { id }, token: actors.writeToken, json: { version, terms } });

describe("terms with a field no issue kind has", () => {
  it("are refused when the field holds an empty list, and the stored terms stay", async () => {
    const statement = await newStatement();
    const before = await databaseFingerprint();
    const problem = await expectProblem(await patchTerms(statement.id, statement.version, { precondtions: [] }), 422);
    expect(problem.errors?.terms).toEqual(["No kind of issue has the term “precondtions”: check the spelling"]);
    expect(await databaseFingerprint()).toEqual(before);
    const stored = await db.position.findUniqueOrThrow({ where: { id: statement.id }, select: { terms: true } });
    expect(stored.terms).toEqual(statement.terms);
  });

  it("still save blank terms of known fields as no terms", async () => {
    const statement = await newStatement();
    const response = await patchTerms(statement.id, statement.version, { preconditions: [] });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(((await response.json()) as { terms: unknown }).terms).toBeNull();
  });
});
