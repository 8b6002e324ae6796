// A round of talks may be dated ahead, as it is scheduled. Until its day it is the next
// event, never the last: home and a negotiation's page list it apart from the events held.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/events/create-event";
import { listEvents } from "@/lib/events/list-events";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { listNegotiations } from "@/lib/negotiations/list-negotiations";
import { loadNegotiationPage } from "@/lib/negotiations/load-negotiation-page";
import { editor, newParty, unique } from "../support/editing";

afterAll(() => db.$disconnect());

const inYears = (years: number) => `${new Date().getUTCFullYear() + years}-05-01`;

async function talksWithEvents(dates: string[]) {
  const party = await newParty();
  const negotiation = await createNegotiation({
    input: { slug: unique("talks"), title: `Ruritanian talks ${unique()}`, summary: "Test talks.", status: "active", parties: [{ partyId: party.id, role: null }] },
    actor: editor,
  });
  const events = [];
  for (const date of dates) {
    events.push(
      await createEvent({
        input: { negotiationId: negotiation.id, slug: unique("round"), name: `Round of ${date}`, date, location: null, summary: "They meet.", participantIds: [party.id], sourceIds: [] },
        actor: editor,
      }),
    );
  }
  return { negotiation, events };
}

describe("events scheduled ahead", () => {
  it("are the next event on home, and the last event is the latest held", async () => {
    const { negotiation } = await talksWithEvents(["2024-03-10", inYears(2), inYears(1), "2025-06"]);
    const card = (await listNegotiations()).find((n) => n.slug === negotiation.slug)!;
    expect(card.lastEvent).toMatchObject({ name: "Round of 2025-06" });
    expect(card.nextEvent).toMatchObject({ name: `Round of ${inYears(1)}` });
  });

  it("are listed apart on a negotiation's page, soonest first, and not among the latest events", async () => {
    const { negotiation } = await talksWithEvents([inYears(2), "2024-03-10", inYears(1)]);
    const page = await loadNegotiationPage({ slug: negotiation.slug });
    expect(page.events.map((e) => e.name)).toEqual(["Round of 2024-03-10"]);
    expect(page.scheduledEvents.map((e) => e.name)).toEqual([`Round of ${inYears(1)}`, `Round of ${inYears(2)}`]);
    // The events index still lists them all, newest first.
    const all = await listEvents({ negotiationSlug: negotiation.slug });
    expect(all.map((e) => e.name)).toEqual([`Round of ${inYears(2)}`, `Round of ${inYears(1)}`, "Round of 2024-03-10"]);
  });

  it("leave home without a next event when none is scheduled, and without a last one when none is held", async () => {
    const past = await talksWithEvents(["2024-03-10"]);
    const ahead = await talksWithEvents([inYears(1)]);
    const cards = await listNegotiations();
    expect(cards.find((n) => n.slug === past.negotiation.slug)).toMatchObject({ nextEvent: null, lastEvent: { name: "Round of 2024-03-10" } });
    expect(cards.find((n) => n.slug === ahead.negotiation.slug)).toMatchObject({ lastEvent: null, nextEvent: { name: `Round of ${inYears(1)}` } });
  });
});
