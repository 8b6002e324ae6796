// The site-wide lists of events and commitments filter to one party (`?party=`), alone or
// with a negotiation: an event the party took part in, a commitment it is party to; retracted
// records are never listed. Their party filters offer only parties the list would show
// something for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { retractCommitment } from "@/lib/commitments/retract-commitment";
import { countCommitmentsByStatus } from "@/lib/commitments/count-commitments-by-status";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { createEvent } from "@/lib/events/create-event";
import { retractEvent } from "@/lib/events/retract-event";
import { listEvents } from "@/lib/events/list-events";
import { visibleEvent } from "@/lib/events/event-visibility";
import { listPartyChoices } from "@/lib/parties/party-filter";
import { editor, newParty, newSource, seeded, unique } from "../support/editing";

afterAll(() => db.$disconnect());

const here = { negotiation: "", elsewhere: "" };
const party = { slug: "", id: "" };
const bystander = { slug: "", id: "" };
const names = { eventHere: "", eventElsewhere: "", eventRetracted: "", eventOfOthers: "" };
const promises = { here: "", elsewhere: "", retracted: "", ofOthers: "" };

beforeAll(async () => {
  const { negotiation } = await seeded();
  const other = await db.negotiation.findFirstOrThrow({ where: { id: { not: negotiation.id }, retractedAt: null } });
  here.negotiation = negotiation.slug;
  here.elsewhere = other.slug;
  const [p, q, source] = await Promise.all([newParty(), newParty(), newSource()]);
  Object.assign(party, { slug: p.slug, id: p.id });
  Object.assign(bystander, { slug: q.slug, id: q.id });

  const event = async (name: string, negotiationId: string, participantIds: string[]) =>
    createEvent({
      input: { negotiationId, slug: unique("event"), name, date: "2025-06-02", location: null, summary: "They met.", participantIds, sourceIds: [source.id] },
      actor: editor,
    });
  const promise = async (summary: string, negotiationId: string, partyIds: string[], status = "promised") =>
    createCommitment({ input: { negotiationId, eventId: null, summary, status, evidence: null, partyIds, sourceIds: [source.id] }, actor: editor });

  Object.assign(names, {
    eventHere: `Talks of ${p.slug} here`,
    eventElsewhere: `Talks of ${p.slug} elsewhere`,
    eventRetracted: `Withdrawn talks of ${p.slug}`,
    eventOfOthers: `Talks without ${p.slug}`,
  });
  Object.assign(promises, {
    here: `${p.slug} frees the first hundred prisoners.`,
    elsewhere: `${p.slug} reopens the crossings.`,
    retracted: `${p.slug} pays for the repairs.`,
    ofOthers: `Others keep the line quiet without ${p.slug}.`,
  });
  await event(names.eventHere, negotiation.id, [p.id, q.id]);
  await event(names.eventElsewhere, other.id, [p.id]);
  await event(names.eventOfOthers, negotiation.id, [q.id]);
  const withdrawn = await event(names.eventRetracted, negotiation.id, [p.id]);
  await retractEvent({ id: withdrawn.id, version: withdrawn.version, actor: editor });

  await promise(promises.here, negotiation.id, [p.id, q.id]);
  await promise(promises.elsewhere, other.id, [p.id], "fulfilled");
  await promise(promises.ofOthers, negotiation.id, [q.id]);
  const retracted = await promise(promises.retracted, negotiation.id, [p.id]);
  await retractCommitment({ id: retracted.id, version: retracted.version, actor: editor });
});

describe("events of one party", () => {
  it("lists the events it took part in, in every negotiation, and none it did not or that were retracted", async () => {
    const events = await listEvents({ partySlug: party.slug });
    expect(events.map((e) => e.name).sort()).toEqual([names.eventElsewhere, names.eventHere].sort());
  });

  it("narrows to one negotiation with the negotiation's filter", async () => {
    expect((await listEvents({ partySlug: party.slug, negotiationSlug: here.negotiation })).map((e) => e.name)).toEqual([names.eventHere]);
    expect((await listEvents({ partySlug: party.slug, negotiationSlug: here.elsewhere })).map((e) => e.name)).toEqual([names.eventElsewhere]);
  });

  it("offers as choices only parties that took part in an event readers see", async () => {
    const lonely = await newParty();
    const choices = (await listPartyChoices({ events: { some: { event: visibleEvent } } })).map((c) => c.slug);
    expect(choices).toContain(party.slug);
    expect(choices).not.toContain(lonely.slug);
  });
});

describe("commitments of one party", () => {
  it("lists the commitments it is party to, in every negotiation, and none it is not or that were retracted", async () => {
    const commitments = await listCommitments({ partySlug: party.slug });
    expect(commitments.map((c) => c.summary).sort()).toEqual([promises.elsewhere, promises.here].sort());
  });

  it("narrows to one negotiation and one status, and counts what it lists", async () => {
    expect((await listCommitments({ partySlug: party.slug, negotiationSlug: here.negotiation })).map((c) => c.summary)).toEqual([promises.here]);
    expect((await listCommitments({ partySlug: party.slug, status: "fulfilled" })).map((c) => c.summary)).toEqual([promises.elsewhere]);
    const counts = await countCommitmentsByStatus({ partySlug: party.slug });
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual(expect.arrayContaining([["promised", 1], ["fulfilled", 1]]));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2);
    const inHere = await countCommitmentsByStatus({ partySlug: party.slug, negotiationSlug: here.negotiation });
    expect(Object.values(inHere).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("offers as choices only parties to a commitment readers see", async () => {
    const lonely = await newParty();
    const choices = (await listPartyChoices({ commitments: { some: { commitment: visibleCommitment } } })).map((c) => c.slug);
    expect(choices).toEqual(expect.arrayContaining([party.slug, bystander.slug]));
    expect(choices).not.toContain(lonely.slug);
  });
});
