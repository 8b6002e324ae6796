// The seeded Gaza negotiation's summary and issue descriptions in Parley's own words, and one
// commitment's evidence as its sources give it. The seed holds the new texts; a database
// seeded before gets them from the data migration 20261222000000_gaza_texts_as_sourced, each
// a revision, and a text an editor has changed since stays as the editor left it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261222000000_gaza_texts_as_sourced.json";
import { gazaTextsAsSourced } from "@/prisma/data-migrations/20261222000000_gaza_texts_as_sourced";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("gaza_texts", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Text = (typeof list.texts)[number];

/** The record a text belongs to: a negotiation and its issues by slug, a commitment by id. */
async function recordOf(text: Text): Promise<{ id: string; value: string | null }> {
  if (text.kind === "negotiation") {
    const n = await client.negotiation.findUniqueOrThrow({ where: { slug: text.id } });
    return { id: n.id, value: n.summary };
  }
  if (text.kind === "issue") {
    const i = await client.issue.findFirstOrThrow({ where: { slug: text.id, negotiation: { slug: text.negotiation! } } });
    return { id: i.id, value: i.description };
  }
  const c = await client.commitment.findUniqueOrThrow({ where: { id: text.id } });
  return { id: c.id, value: c.evidence };
}

async function setText(text: Text, value: string, version?: number) {
  const { id } = await recordOf(text);
  const data = { [text.field]: value, ...(version ? { version } : {}) };
  if (text.kind === "negotiation") await client.negotiation.update({ where: { id }, data });
  else if (text.kind === "issue") await client.issue.update({ where: { id }, data });
  else await client.commitment.update({ where: { id }, data });
}

const figures = (text: string) => [...new Set(text.match(/\d[\d,.]*\d|\d/g) ?? [])].sort();

// Every text set back as seeded before, but one issue's description an editor changed since.
const editedSince = list.texts.find((t) => t.kind === "issue")!;
const asSeeded = list.texts.filter((t) => t !== editedSince);
const editorsWords = `${editedSince.seededAs} Checked again by an editor.`;

beforeAll(async () => {
  for (const text of asSeeded) await setText(text, text.seededAs);
  await setText(editedSince, editorsWords, 5);
  await client.dataMigration.deleteMany({ where: { name: gazaTextsAsSourced.name } });
}, 120_000);

describe("the Gaza texts as sourced", () => {
  it("are the seed's, in other words than before, keeping every figure but the evidence's corrected sentence", () => {
    expect(new Set(list.texts.map((t) => `${t.kind} ${t.field}`))).toEqual(new Set(["negotiation summary", "issue description", "commitment evidence"]));
    for (const text of list.texts) {
      expect(text.ownWordsAs, text.id).not.toBe(text.seededAs);
      if (text.kind !== "commitment") expect(figures(text.ownWordsAs), text.id).toEqual(figures(text.seededAs));
    }
    const evidence = list.texts.find((t) => t.kind === "commitment")!;
    // The figure for 13 October is no longer the envoy's; his is the later one.
    expect(evidence.seededAs).toContain("Witkoff said 4 of the 28");
    expect(evidence.ownWordsAs).toContain("Only 4 of the 28 had been returned by 13 October 2025; on 14 January 2026 Witkoff said 27");
    expect(evidence.ownWordsAs).toContain("early February 2026");
  });
});

describe("the data migration to the Gaza texts as sourced", () => {
  it("rewrites every text still as seeded, each a revision", async () => {
    const [outcome] = await runDataMigrations(client, [gazaTextsAsSourced]);
    expect(outcome).toMatchObject({ ranNow: true, changed: asSeeded.length });
    for (const text of asSeeded) {
      const { id, value } = await recordOf(text);
      expect(value, text.id).toBe(text.ownWordsAs);
      const revision = await client.revision.findFirstOrThrow({ where: { entityType: text.kind, entityId: id, action: "update" }, orderBy: { createdAt: "desc" } });
      expect(revision).toMatchObject({ actorLabel: "Parley data migration" });
      expect((revision.after as Record<string, unknown>)[text.field]).toBe(text.ownWordsAs);
    }
  }, 120_000);

  it("leaves a text an editor has changed since as the editor wrote it", async () => {
    expect((await recordOf(editedSince)).value).toBe(editorsWords);
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: gazaTextsAsSourced.name } });
    expect(await runDataMigrations(client, [gazaTextsAsSourced])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
