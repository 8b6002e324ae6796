// Speakers named as their quotes name them. The seed names each quoted speaker as the
// reference data's quote does, without an office the record does not state; a database seeded
// before gets the names from the data migration 20261218000000_speakers_as_quoted, a revision
// per statement, and a speaker an editor has renamed since stays as the editor wrote it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { db } from "@/lib/db/client";
import list from "@/prisma/data-migrations/20261218000000_speakers_as_quoted.json";
import { speakersAsQuoted } from "@/prisma/data-migrations/20261218000000_speakers_as_quoted";

const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("speakers_as_quoted", "seeded"));
const client = db;

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

type Renaming = (typeof list.speakers)[number];

const words = (name: string) => name.match(/[\p{L}\p{N}.'-]+/gu) ?? [];

const citationOf = ({ position, source }: Renaming) =>
  client.citation.findUniqueOrThrow({ where: { positionId_sourceId: { positionId: position, sourceId: source } } });

async function setSpeaker(renaming: Renaming, speaker: string, version?: number) {
  await client.citation.update({ where: { positionId_sourceId: { positionId: renaming.position, sourceId: renaming.source } }, data: { speaker } });
  if (version) await client.position.update({ where: { id: renaming.position }, data: { version } });
}

// Three statements put back as seeded before; the first renamed since by an editor, the last
// retracted since.
const [editedSince, retractedSince, ...asSeeded] = list.speakers.slice(0, 6) as [Renaming, Renaming, ...Renaming[]];
const editorsName = "A speaker an editor named";

beforeAll(async () => {
  for (const renaming of asSeeded) await setSpeaker(renaming, renaming.seededAs);
  await setSpeaker(editedSince, editorsName, 7);
  await setSpeaker(retractedSince, retractedSince.seededAs);
  await client.position.update({ where: { id: retractedSince.position }, data: { retractedAt: new Date() } });
  await client.dataMigration.deleteMany({ where: { name: speakersAsQuoted.name } });
}, 120_000);

describe("the quoted speakers of the seed", () => {
  it("are named as their quotes name them, each renaming only dropping words the quote's source does not give", async () => {
    expect(new Set(list.speakers.map((s) => s.position)).size).toBe(list.speakers.length);
    for (const renaming of list.speakers) {
      if (![editedSince, retractedSince, ...asSeeded].includes(renaming)) {
        expect((await citationOf(renaming)).speaker, renaming.position).toBe(renaming.quotedAs);
      }
      // What the first seed did was add words (an office, a country) to the quote's name for
      // the speaker, never name another person: every word of that name was in it.
      expect(words(renaming.seededAs), renaming.position).toEqual(expect.arrayContaining(words(renaming.quotedAs)));
      expect(renaming.seededAs).not.toBe(renaming.quotedAs);
    }
  });
});

describe("the data migration to speakers named as quoted", () => {
  it("renames every speaker still as seeded, a revision for each statement", async () => {
    const [outcome] = await runDataMigrations(client, [speakersAsQuoted]);
    expect(outcome).toMatchObject({ ranNow: true, changed: asSeeded.length });
    for (const renaming of asSeeded) {
      expect((await citationOf(renaming)).speaker).toBe(renaming.quotedAs);
      const revision = await client.revision.findFirstOrThrow({
        where: { entityType: "position", entityId: renaming.position, action: "update" },
        orderBy: { createdAt: "desc" },
      });
      expect(revision).toMatchObject({ actorLabel: "Parley data migration", note: expect.stringMatching(/^The speaker named as the quote's source/) });
      const speakers = (revision.after as { citations: { speaker: string | null }[] }).citations.map((c) => c.speaker);
      expect(speakers).toContain(renaming.quotedAs);
      expect(speakers).not.toContain(renaming.seededAs);
    }
  }, 120_000);

  it("leaves a speaker an editor has renamed since, and a statement retracted since, as they are", async () => {
    expect((await citationOf(editedSince)).speaker).toBe(editorsName);
    expect((await citationOf(retractedSince)).speaker).toBe(retractedSince.seededAs);
  });

  it("finds nothing to do a second time", async () => {
    const revisions = await client.revision.count();
    await client.dataMigration.deleteMany({ where: { name: speakersAsQuoted.name } });
    expect(await runDataMigrations(client, [speakersAsQuoted])).toEqual([expect.objectContaining({ ranNow: true, changed: 0 })]);
    expect(await client.revision.count()).toBe(revisions);
  });
});
