// Notes in Parley's own words. The seed says in other words what some seeded notes (on a
// statement's sourcing, on its terms, on a plan) said in the reference data's sentences; a
// database seeded before gets the new words from the data migration
// 20261220000000_notes_in_own_words, each a revision, and a note an editor has changed since
// stays as the editor left it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261220000000_notes_in_own_words.json";
import { notesInOwnWords } from "@/prisma/data-migrations/20261220000000_notes_in_own_words";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("notes_own_words", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Text = (typeof list.texts)[number];
type Field = "notes" | "termsNote";

async function textOf({ kind, id, field }: Text): Promise<string | null> {
  if (kind === "plan") return (await client.plan.findUniqueOrThrow({ where: { id } })).notes;
  return (await client.position.findUniqueOrThrow({ where: { id } }))[field as Field];
}

async function setText({ kind, id, field }: Text, text: string, version?: number) {
  const data = { [field]: text, ...(version ? { version } : {}) };
  if (kind === "plan") await client.plan.update({ where: { id }, data });
  else await client.position.update({ where: { id }, data });
}

const figures = (text: string) => [...new Set(text.match(/\d[\d,.]*\d|\d/g) ?? [])].sort();
// Record ids read as links in a note (lib/records/get-mentions.ts): the same ones must stay.
const recordIdsIn = async (text: string) => {
  const words = new Set(text.match(/[a-z0-9][a-z0-9-]*[a-z0-9]/g) ?? []);
  const ids = [...words].filter((w) => w.includes("-"));
  const [positions, plans] = await Promise.all([
    client.position.findMany({ where: { id: { in: ids } }, select: { id: true } }),
    client.plan.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  ]);
  return [...positions, ...plans].map((r) => r.id).sort();
};

// One of each kind of note the list holds, set back to its words as seeded; the first also
// edited since by an editor.
const oneOfEachKind = [...new Map(list.texts.map((text) => [`${text.kind} ${text.field}`, text])).values()];
const [editedSince, ...asSeeded] = oneOfEachKind as [Text, ...Text[]];
const editorsWords = `${editedSince.seededAs} Checked again by an editor.`;

beforeAll(async () => {
  for (const text of asSeeded) await setText(text, text.seededAs);
  await setText(editedSince, editorsWords, 5);
  await client.dataMigration.deleteMany({ where: { name: notesInOwnWords.name } });
}, 120_000);

describe("the notes in Parley's own words", () => {
  // What they no longer copy is the reference data's sentences, which this repository does not
  // hold: the list was drawn up by comparing each note with them. Here: the words are the
  // seed's, they differ from the words seeded before, and every figure and record named stays.
  it("are what the seed holds, with the same figures and the same records named", async () => {
    expect(new Set(list.texts.map((t) => `${t.kind} ${t.field}`))).toEqual(new Set(["position notes", "position termsNote", "plan notes"]));
    for (const text of list.texts) {
      const label = `${text.kind} ${text.id} ${text.field}`;
      if (!oneOfEachKind.includes(text)) expect(await textOf(text), label).toBe(text.ownWordsAs);
      expect(figures(text.ownWordsAs), label).toEqual(figures(text.seededAs));
      expect(await recordIdsIn(text.ownWordsAs), label).toEqual(await recordIdsIn(text.seededAs));
      expect(text.ownWordsAs, label).not.toBe(text.seededAs);
    }
  });
});

describe("the data migration to notes in Parley's own words", () => {
  it("rewrites every note still as seeded, each a revision", async () => {
    const [outcome] = await runDataMigrations(client, [notesInOwnWords]);
    expect(outcome).toMatchObject({ ranNow: true, changed: asSeeded.length });
    for (const text of asSeeded) {
      expect(await textOf(text)).toBe(text.ownWordsAs);
      const revision = await client.revision.findFirstOrThrow({
        where: { entityType: text.kind, entityId: text.id, action: "update" },
        orderBy: { createdAt: "desc" },
      });
      expect(revision).toMatchObject({ actorLabel: "Parley data migration", note: expect.stringMatching(/^The note in Parley's own words/) });
      expect((revision.after as Record<string, unknown>)[text.field]).toBe(text.ownWordsAs);
    }
  }, 120_000);

  it("leaves a note an editor has changed since as the editor wrote it", async () => {
    expect(await textOf(editedSince)).toBe(editorsWords);
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: notesInOwnWords.name } });
    expect(await runDataMigrations(client, [notesInOwnWords])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
