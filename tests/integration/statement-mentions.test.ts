// A note naming another statement by its id: readers get a link named for that statement,
// only for statements they can see, and the page's cached answer depends on the statements
// it names, so a change to one of them is shown within the second as any other.
import { afterAll, describe, expect, it } from "vitest";
import { dependenciesOf } from "@/lib/cache/dependencies";
import { recordKey, statementsInCell, statementsOf } from "@/lib/cache/change-scope";
import { createArea } from "@/lib/areas/create-area";
import { getAreasPage } from "@/lib/areas/get-areas-page";
import { db } from "@/lib/db/client";
import { getPosition } from "@/lib/positions/get-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { editor, newPosition, seeded, unique } from "../support/editing";

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
      [same.id]: { label: `statement by ${sameParty!.shortName} of May 2025`, summary: same.summary },
      [other.id]: { label: `statement by ${otherParty!.shortName} of 12 May 2025 on ${territory.name}`, summary: other.summary },
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
    expect(page.mentions[own.id]).toEqual({ label: `statement by ${party.shortName} of May 2025 on ${issue.name}`, summary: own.summary });
    expect(page.mentions).not.toHaveProperty(other.id);
    expect(page.mentions).not.toHaveProperty(retracted.id);
    expect(page.areas.find((area) => area.name === name)?.notes).toBe(notes);

    // Any change to the negotiation's statements drops the page, so a named one's new words show.
    const dependencies = await dependenciesOf(`/negotiations/${negotiation.slug}/areas`);
    expect(dependencies.everything === false && dependencies.records.has(statementsOf(negotiation.id))).toBe(true);
  });
});
