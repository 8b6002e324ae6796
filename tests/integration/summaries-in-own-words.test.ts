// Summaries in Parley's own words. The seed says in other words what some seeded summaries and
// evidence texts said in the reference data's sentences; a database seeded before gets the
// new words from the data migration 20261217000000_summaries_in_own_words, each a revision,
// and a text an editor has changed since stays as the editor left it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261217000000_summaries_in_own_words.json";
import asSourced from "@/prisma/data-migrations/20261222000000_gaza_texts_as_sourced.json";
import { summariesInOwnWords } from "@/prisma/data-migrations/20261217000000_summaries_in_own_words";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("own_words", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Text = (typeof list.texts)[number];

async function textOf({ kind, id, field }: Text): Promise<string | null> {
  if (kind === "commitment") return (await client.commitment.findUniqueOrThrow({ where: { id } }))[field as "summary" | "evidence"];
  if (kind === "event") return (await client.event.findUniqueOrThrow({ where: { slug: id } })).summary;
  if (kind === "position") return (await client.position.findUniqueOrThrow({ where: { id } })).summary;
  if (kind === "plan") return (await client.plan.findUniqueOrThrow({ where: { id } })).summary;
  return (await client.planPoint.findUniqueOrThrow({ where: { id } })).summary;
}

async function setText({ kind, id, field }: Text, text: string, version?: number) {
  const data = { [field]: text, ...(version ? { version } : {}) };
  if (kind === "commitment") await client.commitment.update({ where: { id }, data });
  else if (kind === "event") await client.event.update({ where: { slug: id }, data });
  else if (kind === "position") await client.position.update({ where: { id }, data });
  else if (kind === "plan") await client.plan.update({ where: { id }, data });
  else await client.planPoint.update({ where: { id }, data });
}

async function idOf({ kind, id }: Text) {
  return kind === "event" ? (await client.event.findUniqueOrThrow({ where: { slug: id } })).id : id;
}

const figures = (text: string) => [...new Set(text.match(/\d[\d,.]*\d|\d/g) ?? [])].sort();

// One of each kind of record the list holds, set back to its words as seeded; the first also
// edited since by an editor.
const oneOfEachKind = [...new Map(list.texts.map((text) => [`${text.kind} ${text.field}`, text])).values()];
const [editedSince, ...asSeeded] = oneOfEachKind as [Text, ...Text[]];
const editorsWords = `${editedSince.seededAs} Checked again by an editor.`;

beforeAll(async () => {
  for (const text of asSeeded) await setText(text, text.seededAs);
  await setText(editedSince, editorsWords, 5);
  await client.dataMigration.deleteMany({ where: { name: summariesInOwnWords.name } });
}, 120_000);

describe("the summaries in Parley's own words", () => {
  // What they no longer copy is the reference data's sentences, which this repository does not
  // hold: the list was drawn up by comparing each text with them. Here: the words are the
  // seed's, they differ from the words seeded before, and every figure and date stays.
  it("are what the seed holds, saying the same figures and dates in other sentences", async () => {
    expect(new Set(list.texts.map((t) => `${t.kind} ${t.field}`))).toEqual(
      new Set(["position summary", "event summary", "commitment summary", "commitment evidence", "plan summary", "planPoint summary"]),
    );
    for (const text of list.texts) {
      // The seed holds these words, or those a later migration put in their place.
      const later = asSourced.texts.find((t) => t.kind === text.kind && t.id === text.id && t.field === text.field && t.seededAs === text.ownWordsAs);
      if (!oneOfEachKind.includes(text)) expect(await textOf(text), `${text.kind} ${text.id}`).toBe(later?.ownWordsAs ?? text.ownWordsAs);
      expect(figures(text.ownWordsAs), `${text.kind} ${text.id}`).toEqual(figures(text.seededAs));
      expect(text.ownWordsAs, `${text.kind} ${text.id}`).not.toBe(text.seededAs);
    }
  });
});

describe("the data migration to summaries in Parley's own words", () => {
  it("rewrites every text still as seeded, each a revision", async () => {
    const [outcome] = await runDataMigrations(client, [summariesInOwnWords]);
    expect(outcome).toMatchObject({ ranNow: true, changed: asSeeded.length });
    for (const text of asSeeded) {
      expect(await textOf(text)).toBe(text.ownWordsAs);
      const revision = await client.revision.findFirstOrThrow({
        where: { entityType: text.kind, entityId: await idOf(text), action: "update" },
        orderBy: { createdAt: "desc" },
      });
      expect(revision).toMatchObject({ actorLabel: "Parley data migration", note: expect.stringMatching(/^The summary in Parley's own words/) });
      expect((revision.after as Record<string, unknown>)[text.field]).toBe(text.ownWordsAs);
    }
  }, 120_000);

  it("leaves a text an editor has changed since as the editor wrote it", async () => {
    expect(await textOf(editedSince)).toBe(editorsWords);
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: summariesInOwnWords.name } });
    expect(await runDataMigrations(client, [summariesInOwnWords])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
