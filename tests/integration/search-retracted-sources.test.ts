// A position's quotes from a source since retracted are hidden on its page, and so from
// search too: retracting the source takes them out of the position's search document, and
// restoring it puts them back.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import { restoreSource } from "@/lib/sources/restore-source";
import { retractSource } from "@/lib/sources/retract-source";
import { editor, newPosition, newSource, positionFields } from "../support/editing";

afterAll(() => db.$disconnect());

const positionsFound = async (q: string) => (await search(searchInput.parse({ q, kind: "position" }))).hits.map((h) => h.id);

describe("search and a retracted source", () => {
  it("finds a position by its quote only while the quote's source is visible", async () => {
    const word = `qz${randomBytes(5).toString("hex")}`;
    const source = await newSource();
    const fields = await positionFields();
    const position = await newPosition({
      citations: [...fields.citations, { sourceId: source.id, attribution: "media-report", quote: `Never, said the ${word} envoy.`, speaker: null }],
    });
    expect(await positionsFound(word)).toEqual([position.id]);

    const retracted = await retractSource({ id: source.id, version: source.version, actor: editor });
    expect(await positionsFound(word)).toEqual([]);

    await restoreSource({ id: retracted.id, version: retracted.version, actor: editor });
    expect(await positionsFound(word)).toEqual([position.id]);
  });
});
