// Notes in plain words. The seed holds five notes rewritten from the data's language (field
// values as code, "the event slug") into plain words; a database seeded before gets them so
// from the data migration 20261214000000_notes_in_plain_words, each a revision, and a note an
// editor has changed since stays as the editor left it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261214000000_notes_in_plain_words.json";
import ownWords from "@/prisma/data-migrations/20261220000000_notes_in_own_words.json";
import { notesInPlainWords } from "@/prisma/data-migrations/20261214000000_notes_in_plain_words";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("plain_notes", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Entry = (typeof list.notes)[number];
const [editedSince, ...asSeeded] = list.notes as [Entry, ...Entry[]];
const editorsWords = `${editedSince.seededAs} Checked again by an editor.`;

async function noteOf({ kind, id, field }: Entry): Promise<string | null> {
  if (kind === "plan") return (await client.plan.findUniqueOrThrow({ where: { id }, select: { notes: true } })).notes;
  const row = await client.position.findUniqueOrThrow({ where: { id }, select: { notes: true, termsNote: true } });
  return row[field as "notes" | "termsNote"];
}

async function setNote({ kind, id, field }: Entry, text: string, version?: number) {
  const data = { [field]: text, ...(version ? { version } : {}) };
  if (kind === "plan") await client.plan.update({ where: { id }, data });
  else await client.position.update({ where: { id }, data });
}

beforeAll(async () => {
  expect(list.notes).toHaveLength(5);
  // The seed itself is in plain words, and none of them speaks of slugs or enum values: these
  // words, or those a later migration put in Parley's own words from them.
  for (const entry of list.notes) {
    const later = ownWords.texts.find((t) => t.kind === entry.kind && t.id === entry.id && t.field === entry.field && t.seededAs === entry.plainAs);
    expect(await noteOf(entry)).toBe(later?.ownWordsAs ?? entry.plainAs);
    expect(entry.plainAs).not.toMatch(/\bslug\b|\benum\b|capsAccepted/);
  }
  for (const entry of asSeeded) await setNote(entry, entry.seededAs);
  await setNote(editedSince, editorsWords, 5);
  await client.dataMigration.deleteMany({ where: { name: notesInPlainWords.name } });
}, 120_000);

describe("the data migration to notes in plain words", () => {
  it("rewrites every note still as seeded, each a revision", async () => {
    const [outcome] = await runDataMigrations(client, [notesInPlainWords]);
    expect(outcome).toMatchObject({ ranNow: true, changed: asSeeded.length });
    for (const entry of asSeeded) {
      expect(await noteOf(entry)).toBe(entry.plainAs);
      const revision = await client.revision.findFirstOrThrow({ where: { entityType: entry.kind, entityId: entry.id, action: "update" }, orderBy: { createdAt: "desc" } });
      expect(revision).toMatchObject({ actorLabel: "Parley data migration", note: expect.stringMatching(/^The note in plain words/) });
    }
  }, 120_000);

  it("leaves a note an editor has changed since as the editor wrote it", async () => {
    expect(await noteOf(editedSince)).toBe(editorsWords);
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: notesInPlainWords.name } });
    expect(await runDataMigrations(client, [notesInPlainWords])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
