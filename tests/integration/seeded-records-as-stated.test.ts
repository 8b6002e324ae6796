// Seeded records put back to what their sources say
// (prisma/data-migrations/20261209000000_seeded_records_as_stated.ts), on a database of its
// own holding records as the earlier seed left them: an event whose participants were
// guessed from the statements linked to it, and a region recorded as held by a party that
// holds only pockets of it. Migrated, each is corrected with a revision saying why; it runs
// once; and an editor's own participants or holder are left alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDataMigrations } from "@/lib/data-migrations/run-data-migrations";
import { createDb, type Db } from "@/lib/db/client";
import { dataMigrations } from "@/prisma/data-migrations";
import stated from "@/prisma/data-migrations/20261209000000_seeded_records_as_stated.json";
import { createEmptyDatabase, type EmptyDatabase } from "../support/empty-database";

const MIGRATION = "20261209000000_seeded_records_as_stated";
// One event the migration corrects and one an editor had already changed; one region of each.
const guessed = stated.events.find((e) => e.event === "geneva-nov-2025")!;
const edited = stated.events.find((e) => e.event === "abu-dhabi-jan-2026")!;
const [pocket, editedRegion] = stated.areas.slugs;

let database: EmptyDatabase;
let client: Db;
const partyIds = new Map<string, string>();

beforeAll(async () => {
  database = await createEmptyDatabase("seeded_as_stated");
  client = createDb(database.url);
  const negotiation = await client.negotiation.create({ data: { slug: stated.negotiation, title: "Talks", summary: "Fixture." } });
  const slugs = new Set([...guessed.before, ...guessed.after, ...edited.before, ...edited.after, stated.areas.heldBy, "ukraine"]);
  for (const slug of slugs) {
    const party = await client.party.create({ data: { slug, name: slug, shortName: slug, kind: "state", colour: "#123456" } });
    partyIds.set(slug, party.id);
    await client.negotiationParty.create({ data: { negotiationId: negotiation.id, partyId: party.id } });
  }
  const event = async (slug: string, participants: string[]) =>
    client.event.create({
      data: {
        negotiationId: negotiation.id, slug, name: slug, date: new Date("2025-11-23"), datePrecision: "day", summary: "Fixture.",
        participants: { create: participants.map((party) => ({ partyId: partyIds.get(party)! })) },
      },
    });
  await event(guessed.event, guessed.before);
  // An editor had already set this one's participants to something else.
  await event(edited.event, ["ukraine"]);
  const area = (slug: string, holder: string) =>
    client.area.create({ data: { negotiationId: negotiation.id, slug, name: slug, kind: "province", order: 1, heldById: partyIds.get(holder)!, notes: "Held in part." } });
  await area(pocket!, stated.areas.heldBy);
  await area(editedRegion!, "ukraine");
}, 120_000);
afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

const participantsOf = async (slug: string) =>
  (await client.event.findFirstOrThrow({ where: { slug }, select: { participants: { select: { party: { select: { slug: true } } } } } })).participants
    .map((p) => p.party.slug)
    .sort();
const holderOf = async (slug: string) => (await client.area.findFirstOrThrow({ where: { slug }, select: { heldBy: { select: { slug: true } }, notes: true } }));

describe("the data migration of seeded records to what they state", () => {
  it("gives the event the participants its record names and the region no holder, each with a revision, and runs once", async () => {
    expect(guessed.before).not.toEqual(guessed.after);
    const outcomes = await runDataMigrations(client, dataMigrations);
    expect(outcomes.find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: true, changed: 2 });

    expect(await participantsOf(guessed.event)).toEqual([...guessed.after].sort());
    const eventRevision = await client.revision.findFirstOrThrow({ where: { entityType: "event" } });
    expect(eventRevision.actorLabel).toBe("Parley data migration");
    expect(eventRevision.note).toMatch(/^Participants as the event's own record names them/);

    const region = await holderOf(pocket!);
    expect(region.heldBy).toBeNull();
    expect(region.notes).toBe(`Held in part. ${stated.areas.note}`);
    const areaRevision = await client.revision.findFirstOrThrow({ where: { entityType: "area" } });
    expect(areaRevision.note).toMatch(/^No holder recorded/);
    expect((areaRevision.before as { heldById: unknown }).heldById).toBe(partyIds.get(stated.areas.heldBy));
    expect((areaRevision.after as { heldById: unknown }).heldById).toBeNull();

    const revisions = await client.revision.count();
    expect((await runDataMigrations(client, dataMigrations)).find((o) => o.name === MIGRATION)).toMatchObject({ ranNow: false, changed: 0 });
    expect(await client.revision.count()).toBe(revisions);
  });

  it("leaves participants and holders an editor set alone", async () => {
    expect(await participantsOf(edited.event)).toEqual(["ukraine"]);
    expect((await holderOf(editedRegion!)).heldBy?.slug).toBe("ukraine");
    const ids = [
      (await client.event.findFirstOrThrow({ where: { slug: edited.event } })).id,
      (await client.area.findFirstOrThrow({ where: { slug: editedRegion! } })).id,
    ];
    expect(await client.revision.count({ where: { entityId: { in: ids } } })).toBe(0);
  });
});
