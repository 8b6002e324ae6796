// Two kinds of seeded record said more than their sources do, and this puts them right in a
// database seeded before the seed file was corrected:
//
// - Event participants. The reference data names no participants for the Russia–Ukraine
//   events; the first seed listed every party with a statement or commitment linked to the
//   event, which includes parties that only replied from elsewhere and leaves out some that
//   met. They are now the parties each event's own name and summary say took part
//   (scripts/convert-reference-data.ts).
// - Four regions where one party holds only pockets and the rest is held by the other were
//   recorded as held by the first, so their pages said "Held now by" it. No one party holds
//   them as a whole, so no holder is recorded; their notes say how they are split.
//
// Only records still as the earlier seed left them are changed (an event with exactly the
// old participants, a region still held by the old holder); an editor's own changes stay.
// The lists are this migration's own copy, in the JSON file beside it.
import { toAreaInput } from "@/lib/areas/area-input";
import { areaWriter } from "@/lib/areas/area-writer";
import type { Actor } from "@/lib/auth/actor";
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import type { Prisma } from "@/lib/db/client";
import { toEventInput } from "@/lib/events/event-input";
import { eventWriter } from "@/lib/events/event-writer";
import { updateRecord } from "@/lib/revisions/write-record";
import stated from "./20261209000000_seeded_records_as_stated.json";

const eventNote =
  "Participants as the event's own record names them: the earlier seed listed every party with a statement or commitment linked to the event, which is not who took part.";
const areaNote = "No holder recorded: one party holds only parts of the region, and its notes say how it is split.";

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(" ") === [...b].sort().join(" ");

async function correctParticipants(tx: Prisma.TransactionClient, actor: Actor, negotiationId: string): Promise<number> {
  const parties = new Map((await tx.party.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  const slugOf = new Map([...parties].map(([slug, id]) => [id, slug]));
  let changed = 0;
  for (const { event: slug, before, after } of stated.events) {
    const event = await tx.event.findFirst({ where: { negotiationId, slug }, select: { id: true } });
    if (!event) continue;
    const snapshot = await eventWriter.load(tx, event.id);
    if (!snapshot || snapshot.retractedAt) continue;
    const current = (snapshot.participantIds ?? []).map((id) => slugOf.get(id) ?? id);
    if (!sameList(current, before)) continue;
    const participantIds = after.flatMap((party) => parties.get(party) ?? []);
    const input = eventWriter.schema.parse({ ...toEventInput(snapshot), participantIds });
    await updateRecord(tx, eventWriter, { id: event.id, version: snapshot.version, input, actor, note: eventNote });
    changed += 1;
  }
  return changed;
}

async function clearHolders(tx: Prisma.TransactionClient, actor: Actor, negotiationId: string): Promise<number> {
  let changed = 0;
  for (const slug of stated.areas.slugs) {
    const area = await tx.area.findUnique({
      where: { negotiationId_slug: { negotiationId, slug } },
      select: { id: true, heldBy: { select: { slug: true } } },
    });
    if (!area || area.heldBy?.slug !== stated.areas.heldBy) continue;
    const snapshot = await areaWriter.load(tx, area.id);
    if (!snapshot || snapshot.retractedAt) continue;
    const notes = snapshot.notes?.includes(stated.areas.note) ? snapshot.notes : [snapshot.notes, stated.areas.note].filter(Boolean).join(" ");
    const input = areaWriter.schema.parse({ ...toAreaInput(snapshot), heldById: null, heldSince: null, notes });
    await updateRecord(tx, areaWriter, { id: area.id, version: snapshot.version, input, actor, note: areaNote });
    changed += 1;
  }
  return changed;
}

export const seededRecordsAsStated: DataMigration = {
  name: "20261209000000_seeded_records_as_stated",
  description: "The seeded Russia–Ukraine events given the participants their records name, and regions held only in part given no holder",
  async run(tx, actor) {
    const negotiation = await tx.negotiation.findUnique({ where: { slug: stated.negotiation }, select: { id: true } });
    if (!negotiation) return { changed: 0 };
    const events = await correctParticipants(tx, actor, negotiation.id);
    const areas = await clearHolders(tx, actor, negotiation.id);
    return { changed: events + areas };
  },
};
