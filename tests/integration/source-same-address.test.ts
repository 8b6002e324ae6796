// One address, one source (lib/sources/same-address.ts): a report already recorded is cited
// again, not recorded a second time. Refused through each door alike — the domain function,
// a position form's "Cite a new source", the API — with a message naming the source to cite,
// and nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { savePositionCitingNewSource } from "@/lib/forms/position-save";
import { positionFromFields, positionToFields } from "@/lib/positions/position-form-fields";
import { updatePosition } from "@/lib/positions/update-position";
import { createSource } from "@/lib/sources/create-source";
import { retractSource } from "@/lib/sources/retract-source";
import { updateSource } from "@/lib/sources/update-source";
import { appError, editor, newPosition, newSource, sourceFields, unique } from "../support/editing";
import { listOf } from "@/lib/api/schemas/common";
import { sourceItem } from "@/lib/sources/source-api-schema";
import { call, createApiActors, databaseFingerprint, expectProblem, readBody, recordRoutes, type ApiActors } from "./api-support";

let actors: ApiActors;
beforeAll(async () => {
  actors = await createApiActors();
}, 60_000);
afterAll(() => db.$disconnect());

const address = () => `https://example.org/${unique("report")}`;

/** The field errors of a refused call, checked to have changed nothing. */
async function refused(attempt: () => Promise<unknown>) {
  const before = await databaseFingerprint();
  const error = await appError(attempt(), "validation");
  expect(await databaseFingerprint()).toEqual(before);
  return error.details.fieldErrors!;
}

describe("an address already recorded", () => {
  it("is refused for a new source, naming the source to cite", async () => {
    const url = address();
    const first = await newSource({ url, outlet: "Ruritanian Gazette", title: "Talks resume in Strelsau", publishedOn: "2025-05-16" });
    const errors = await refused(() => createSource({ input: sourceFields({ url, title: "Talks resume" }), actor: editor }));
    expect(errors.url).toEqual([
      `This address is already recorded as “Ruritanian Gazette: Talks resume in Strelsau (16 May 2025)” (source ${first.id}): cite that source rather than recording the report twice`,
    ]);
  });

  it("is found whatever the case of its scheme and site, which mean the same in any case; the path keeps its own", async () => {
    const path = unique("Report");
    const first = await newSource({ url: `https://example.org/${path}` });
    const errors = await refused(() => createSource({ input: sourceFields({ url: `HTTPS://Example.ORG/${path}` }), actor: editor }));
    expect(errors.url![0]).toContain(`(source ${first.id})`);
    // Another path's case is another address, kept as written but for the site.
    const other = await createSource({ input: sourceFields({ url: `HTTPS://Example.ORG/${path.toUpperCase()}?Q=A` }), actor: editor });
    expect(other.url).toBe(`https://example.org/${path.toUpperCase()}?Q=A`);
  });

  it("is refused when an edit moves a source to it, and the source keeps its own address", async () => {
    const url = address();
    await newSource({ url });
    const other = await newSource();
    const errors = await refused(() => updateSource({ id: other.id, version: 1, input: sourceFields({ url, title: other.title }), actor: editor }));
    expect(errors.url![0]).toMatch(/^This address is already recorded as/);
    expect((await db.source.findUniqueOrThrow({ where: { id: other.id } })).url).toBe(other.url);
  });

  it("does not hold back an edit of two records made before the rule, which share it", async () => {
    const url = address();
    const first = await newSource({ url });
    // As the seeded data has them: the same report recorded twice, written before the check.
    const second = await db.source.create({ data: { outlet: "Gazette", title: "The same report", url } });
    const saved = await updateSource({ id: second.id, version: 1, input: { outlet: "Gazette", title: "The same report, retitled", url, publishedOn: null }, actor: editor });
    expect(saved.title).toBe("The same report, retitled");
    expect(first.url).toBe(saved.url);
  });

  it("is free again once its source is retracted", async () => {
    const url = address();
    const first = await newSource({ url });
    await retractSource({ id: first.id, version: 1, actor: editor });
    const again = await createSource({ input: sourceFields({ url }), actor: editor });
    expect(again.url).toBe(url);
  });

  it("is refused for a source a position form cites new, beside that source's fields, and the position is left as it was", async () => {
    const url = address();
    const recorded = await newSource({ url });
    const position = await newPosition();
    const values = {
      ...positionToFields(position, "ceasefire"),
      termsKind: "ceasefire",
      summary: "A summary the refused save would have written.",
      "newSource.outlet": "Wire",
      "newSource.title": unique("Inline report"),
      "newSource.url": url,
      "newSource.attribution": "analyst",
    };
    const errors = await refused(() =>
      savePositionCitingNewSource({
        assembled: positionFromFields(values, "ceasefire"),
        kind: "ceasefire",
        actor: editor,
        save: (input) => updatePosition({ id: position.id, version: 1, input, actor: editor }),
      }),
    );
    expect(Object.keys(errors)).toEqual(["newSource.url"]);
    expect(errors["newSource.url"]![0]).toContain(`(source ${recorded.id})`);
  });

  it("is refused through the API as a problem naming the field, with nothing written", async () => {
    const url = address();
    const recorded = await newSource({ url });
    const before = await databaseFingerprint();
    const response = await call(recordRoutes.source.list, "POST", "/api/v1/sources", { token: actors.writeToken, json: sourceFields({ url }) });
    const problem = await expectProblem(response, 422);
    expect(Object.keys(problem.errors ?? {})).toEqual(["url"]);
    expect(problem.errors?.url?.[0]).toContain(`(source ${recorded.id})`);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("is looked up through the API before recording, exactly and among the sources readers see", async () => {
    const url = `${address()}?page=2`;
    const [recorded] = await Promise.all([newSource({ url }), newSource({ url: `${url}&more` })]);
    const gone = await newSource({ url: `${url}#gone` });
    await retractSource({ id: gone.id, version: 1, actor: editor });
    const look = async (value: string) => {
      const response = await call(recordRoutes.source.list, "GET", `/api/v1/sources?url=${encodeURIComponent(value)}`);
      expect(response.status).toBe(200);
      return readBody(response, listOf(sourceItem));
    };
    expect((await look(url)).items.map((s) => s.id)).toEqual([recorded.id]);
    expect((await look(` ${url} `)).items.map((s) => s.id)).toEqual([recorded.id]);
    expect((await look(`${url}#gone`)).items).toEqual([]);
    const problem = await expectProblem(await call(recordRoutes.source.list, "GET", "/api/v1/sources?url="), 422);
    expect(problem.errors?.url).toEqual(["Give the address to look for"]);
  });

  it("is not checked for a report known without an address", async () => {
    const [a, b] = await Promise.all([newSource({ url: null }), newSource({ url: null })]);
    expect([a.url, b.url]).toEqual([null, null]);
  });
});
