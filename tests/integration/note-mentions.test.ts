// A note naming another statement by its id: readers get a link named for that statement,
// only for statements they can see, and the page's cached answer depends on the statements
// it names, so a change to one of them is shown within the second as any other. A note
// naming another record of its negotiation by id or slug (a party sitting in it, an issue,
// event, area, plan or commitment) gets a link named for that record; the page depends on
// every change to its negotiation's records already.
import { afterAll, describe, expect, it } from "vitest";
import { dependenciesOf } from "@/lib/cache/dependencies";
import { recordKey, statementsInCell, statementsOf } from "@/lib/cache/change-scope";
import { createArea } from "@/lib/areas/create-area";
import { getAreasPage } from "@/lib/areas/get-areas-page";
import { db } from "@/lib/db/client";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { createEvent } from "@/lib/events/create-event";
import { getPlanPage } from "@/lib/plans/get-plan-page";
import { createPlan } from "@/lib/plans/create-plan";
import { getPosition } from "@/lib/positions/get-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { editor, newParty, newPosition, newSource, seeded, unique } from "../support/editing";

afterAll(() => db.$disconnect());

describe("statements named in a statement's notes", () => {
  it("are links named by party and date, with the issue when it is another, and only for statements readers see", async () => {
    const { territory } = await seeded();
    const [same, other, retracted] = await Promise.all([
      newPosition({ statedOn: "2025-05" }),
      newPosition({ issueId: territory.id, terms: null, termsConfidence: null, statedOn: "2025-05-12" }),
      newPosition(),
    ]);
    await retractPosition({ id: retracted.id, version: retracted.version, actor: editor });
    const notes = `Figures differ from ${same.id}; see ${retracted.id} and no-such-statement.`;
    const position = await newPosition({ notes, termsNote: `Coded as in ${other.id}.` });

    const [sameParty, otherParty] = await Promise.all([same.partyId, other.partyId].map((id) => db.party.findUniqueOrThrow({ where: { id } })));
    const page = (await getPosition({ id: position.id }))!;
    expect(page.mentions).toEqual({
      [same.id]: { label: `statement by ${sameParty!.shortName} of May 2025`, href: `/positions/${same.id}`, title: same.summary },
      [other.id]: { label: `statement by ${otherParty!.shortName} of 12 May 2025 on ${territory.name}`, href: `/positions/${other.id}`, title: other.summary },
    });
    expect(page.notes).toBe(notes);

    // Named statements count, retracted or not (a restore shows it again); other words do not.
    expect(await dependenciesOf(`/positions/${position.id}`)).toEqual({
      everything: false,
      negotiations: new Set([territory.negotiationId]),
      records: new Set([recordKey("position", position.id), ...[position, same, other, retracted].map((p) => statementsInCell(p.partyId, p.issueId))]),
    });
  });

  it("are none when the notes name no statement, and the page depends on its own cell only", async () => {
    const position = await newPosition({ notes: "A plain note with co-operation in it." });
    expect((await getPosition({ id: position.id }))!.mentions).toEqual({});
    expect(await dependenciesOf(`/positions/${position.id}`)).toEqual({
      everything: false,
      negotiations: expect.any(Set),
      records: new Set([recordKey("position", position.id), statementsInCell(position.partyId, position.issueId)]),
    });
  });
});

describe("statements named in an area's notes", () => {
  it("are links on the areas page, for its own negotiation's statements readers see, and the page is dropped when they change", async () => {
    const { negotiation } = await seeded();
    const elsewhere = await db.issue.findFirstOrThrow({ where: { negotiationId: { not: negotiation.id }, kind: "ceasefire" } });
    const [own, other, retracted] = await Promise.all([
      newPosition({ statedOn: "2025-05" }),
      newPosition({ issueId: elsewhere.id }),
      newPosition(),
    ]);
    await retractPosition({ id: retracted.id, version: retracted.version, actor: editor });
    const notes = `Claimed in ${own.id}; compare ${other.id} and ${retracted.id}.`;
    const name = `East Bank ${unique()}`;
    await createArea({ input: { negotiationId: negotiation.id, slug: unique("area"), name, kind: "zone", notes }, actor: editor });

    const [party, issue] = await Promise.all([db.party.findUniqueOrThrow({ where: { id: own.partyId } }), db.issue.findUniqueOrThrow({ where: { id: own.issueId } })]);
    const page = (await getAreasPage({ negotiationSlug: negotiation.slug }))!;
    // Other areas of the negotiation may name statements too (a database tests have written to).
    expect(page.mentions[own.id]).toEqual({ label: `statement by ${party.shortName} of May 2025 on ${issue.name}`, href: `/positions/${own.id}`, title: own.summary });
    expect(page.mentions).not.toHaveProperty(other.id);
    expect(page.mentions).not.toHaveProperty(retracted.id);
    expect(page.areas.find((area) => area.name === name)?.notes).toBe(notes);

    // Any change to the negotiation's statements drops the page, so a named one's new words show.
    const dependencies = await dependenciesOf(`/negotiations/${negotiation.slug}/areas`);
    expect(dependencies.everything === false && dependencies.records.has(statementsOf(negotiation.id))).toBe(true);
  });
});

/** Records of the seeded negotiation with hyphens in their slugs or ids, and one of each of another negotiation or none. */
async function recordsToName() {
  const { negotiation } = await seeded();
  const hyphenated = { contains: "-" };
  const [seat, issue, issueElsewhere, source, unseated] = await Promise.all([
    db.negotiationParty.findFirstOrThrow({ where: { negotiationId: negotiation.id, party: { slug: hyphenated, retractedAt: null } }, include: { party: true } }),
    db.issue.findFirstOrThrow({ where: { negotiationId: negotiation.id, slug: hyphenated, retractedAt: null } }),
    db.issue.findFirstOrThrow({ where: { negotiationId: { not: negotiation.id }, slug: hyphenated } }),
    newSource(),
    newParty(),
  ]);
  const party = seat.party;
  const [event, commitment, plan] = await Promise.all([
    createEvent({
      input: { negotiationId: negotiation.id, slug: unique("event"), name: `Talks ${unique()}`, date: "2025-05-16", location: null, summary: "They met.", participantIds: [party.id], sourceIds: [source.id] },
      actor: editor,
    }),
    createCommitment({
      input: {
        negotiationId: negotiation.id, eventId: null, summary: "Each side returns the prisoners it holds from the first week of talks, in two rounds a fortnight apart.",
        status: "promised", evidence: null, partyIds: [party.id], sourceIds: [source.id],
      },
      actor: editor,
    }),
    createPlan({
      input: {
        negotiationId: negotiation.id, title: `Ten-point plan ${unique()}`, date: "2025-06", status: "proposed", summary: "A framework.",
        notes: null, pointCount: 10, previousVersionId: null, authorIds: [party.id], sourceIds: [source.id], droppedPoints: [],
      },
      actor: editor,
    }),
  ]);
  const area = await createArea({ input: { negotiationId: negotiation.id, slug: unique("area"), name: `East Bank ${unique()}`, kind: "zone" }, actor: editor });
  return { negotiation, party, issue, issueElsewhere, unseated, event, commitment, plan, area };
}

describe("other records named in notes", () => {
  it("are links named for the record on a statement's page: parties sitting in its negotiation, and its issues, events, areas, plans and commitments", async () => {
    const named = await recordsToName();
    const { negotiation, party, issue, event, commitment, plan, area } = named;
    const notes = `Coded as ${party.slug}; belongs to the ${issue.slug} issue. Agreed at ${event.slug} (${commitment.id}), see ${plan.id} and ${area.slug}.`;
    const position = await newPosition({ notes, termsNote: `Not ${named.issueElsewhere.slug}, nor ${named.unseated.slug}.` });

    const page = (await getPosition({ id: position.id }))!;
    expect(page.mentions).toEqual({
      [party.slug]: { label: party.shortName, href: `/parties/${party.slug}`, title: party.name },
      [issue.slug]: { label: issue.name, href: `/negotiations/${negotiation.slug}/issues/${issue.slug}` },
      [event.slug]: { label: event.name, href: `/events/${event.slug}` },
      [commitment.id]: {
        label: "commitment “Each side returns the prisoners it holds from the first week of…”",
        href: `/commitments/${commitment.id}`,
        title: commitment.summary,
      },
      [plan.id]: { label: plan.title, href: `/plans/${plan.id}` },
      [area.slug]: { label: area.name, href: `/negotiations/${negotiation.slug}/areas#area-${area.slug}` },
    });
    expect(page.notes).toBe(notes);
    // Every change to the negotiation's other records drops the page, so a named record's new name shows.
    const dependencies = await dependenciesOf(`/positions/${position.id}`);
    expect(dependencies.everything === false && dependencies.negotiations.has(negotiation.id)).toBe(true);
  });

  it("are links on a plan's page, to its own negotiation's records and statements, not to the plan itself", async () => {
    const { negotiation, event, area, plan } = await recordsToName();
    const own = await newPosition({ statedOn: "2025-05" });
    const elsewhere = await db.issue.findFirstOrThrow({ where: { negotiationId: { not: negotiation.id }, kind: "ceasefire" } });
    const other = await newPosition({ issueId: elsewhere.id });
    const notes = `Tabled at ${event.slug}; revises nothing named ${area.slug} or in ${own.id}. Not ${other.id}, nor ${plan.id} itself.`;
    const updated = await db.plan.update({ where: { id: plan.id }, data: { notes } });

    const page = (await getPlanPage({ id: updated.id }))!;
    expect(Object.keys(page.mentions).sort()).toEqual([event.slug, area.slug, own.id].sort());
    expect(page.mentions[own.id]?.href).toBe(`/positions/${own.id}`);
    expect(page.plan.notes).toBe(notes);
  });

  it("stay as written when retracted", async () => {
    const { event } = await recordsToName();
    await db.event.update({ where: { id: event.id }, data: { retractedAt: new Date() } });
    const position = await newPosition({ notes: `Agreed at ${event.slug}.` });
    expect((await getPosition({ id: position.id }))!.mentions).toEqual({});
  });
});
