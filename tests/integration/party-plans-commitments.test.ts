// A party's page lists, under each negotiation it shows, the plans the party wrote or co-wrote
// there, newest first, and the commitments it is a party to, newest event first; on a past date
// only the plans tabled and the commitments made (at an event) by then. Retracted records and
// those of other parties only are not listed, and any change to a plan or commitment drops the
// page from the cache (its negotiations' records reach it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dependenciesOf } from "@/lib/cache/dependencies";
import { db } from "@/lib/db/client";
import { getPartyPage } from "@/lib/parties/get-party-page";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { retractCommitment } from "@/lib/commitments/retract-commitment";
import { createEvent } from "@/lib/events/create-event";
import { createPlan } from "@/lib/plans/create-plan";
import { retractPlan } from "@/lib/plans/retract-plan";
import { editor, newParty, newPosition, newSource, seeded, unique } from "../support/editing";

afterAll(() => db.$disconnect());

let slug: string;
let negotiationSlug: string;
let negotiationId: string;
const titles = { older: "", newer: "", retracted: "", othersOnly: "" };
const promises = { atEarlierTalks: "", atLaterTalks: "", atNoEvent: "", retracted: "", othersOnly: "" };

beforeAll(async () => {
  const { negotiation } = await seeded();
  negotiationSlug = negotiation.slug;
  negotiationId = negotiation.id;
  // A statement puts the party on the negotiation's pages.
  const statement = await newPosition();
  const [party, other, source] = await Promise.all([db.party.findUniqueOrThrow({ where: { id: statement.partyId } }), newParty(), newSource()]);
  slug = party.slug;
  const plan = async (title: string, date: string, authorIds: string[]) =>
    createPlan({
      input: { negotiationId, title, date, status: "proposed", summary: "A framework.", notes: null, pointCount: null, previousVersionId: null, authorIds, sourceIds: [source.id], droppedPoints: [] },
      actor: editor,
    });
  titles.older = `Five points of ${party.shortName}`;
  titles.newer = `Joint paper of ${party.shortName} and ${other.shortName}`;
  titles.retracted = `Withdrawn draft of ${party.shortName}`;
  titles.othersOnly = `Paper of ${other.shortName} alone`;
  await plan(titles.older, "2025-06", [party.id]);
  await plan(titles.newer, "2025-09-14", [other.id, party.id]);
  await plan(titles.othersOnly, "2025-10", [other.id]);
  const retracted = await plan(titles.retracted, "2025-08", [party.id]);
  await retractPlan({ id: retracted.id, version: retracted.version, actor: editor });

  const talks = (date: string) =>
    createEvent({
      input: { negotiationId, slug: unique("event"), name: `Talks ${unique()}`, date, location: null, summary: "They met.", participantIds: [party.id], sourceIds: [source.id] },
      actor: editor,
    });
  const [earlier, later] = await Promise.all([talks("2025-05-16"), talks("2025-11-02")]);
  const promise = (summary: string, eventId: string | null, partyIds: string[]) =>
    createCommitment({ input: { negotiationId, eventId, summary, status: "promised", evidence: null, partyIds, sourceIds: [source.id] }, actor: editor });
  Object.assign(promises, {
    atEarlierTalks: `${party.shortName} frees the first thousand prisoners.`,
    atLaterTalks: `${party.shortName} and ${other.shortName} reopen the crossings.`,
    atNoEvent: `${party.shortName} keeps the line quiet.`,
    retracted: `${party.shortName} pays for the repairs.`,
    othersOnly: `${other.shortName} withdraws its ships.`,
  });
  await promise(promises.atNoEvent, null, [party.id]);
  await promise(promises.atEarlierTalks, earlier.id, [party.id]);
  await promise(promises.atLaterTalks, later.id, [other.id, party.id]);
  await promise(promises.othersOnly, later.id, [other.id]);
  const withdrawn = await promise(promises.retracted, later.id, [party.id]);
  await retractCommitment({ id: withdrawn.id, version: withdrawn.version, actor: editor });
});

const shown = async (asOf?: Date) => (await getPartyPage({ slug, asOf }))!.negotiations.find((n) => n.slug === negotiationSlug)!;
const plansShown = async (asOf?: Date) => (await shown(asOf)).plans.map((p) => p.title);
const commitmentsShown = async (asOf?: Date) => (await shown(asOf)).commitments.map((c) => c.summary);

describe("a party's plans on its page", () => {
  it("are those it wrote or co-wrote, newest first, with neither the retracted nor others' alone", async () => {
    expect(await plansShown()).toEqual([titles.newer, titles.older]);
  });

  it("are those tabled by a past date, on that date", async () => {
    expect(await plansShown(new Date("2025-07-01T00:00:00Z"))).toEqual([titles.older]);
    expect(await plansShown(new Date("2025-01-01T00:00:00Z"))).toEqual([]);
  });

  it("are read afresh on any change to the negotiation's records", async () => {
    const dependencies = await dependenciesOf(`/parties/${slug}`);
    expect(dependencies.everything === false && dependencies.negotiations.has(negotiationId)).toBe(true);
  });
});

describe("a party's commitments on its page", () => {
  it("are those it is a party to, newest event first and those made at no event last, with neither the retracted nor others' alone", async () => {
    expect(await commitmentsShown()).toEqual([promises.atLaterTalks, promises.atEarlierTalks, promises.atNoEvent]);
    const [first] = (await shown()).commitments;
    expect(first).toMatchObject({ status: "promised", madeOn: { date: new Date("2025-11-02T00:00:00Z"), datePrecision: "day" } });
  });

  it("are those made at an event by a past date, on that date", async () => {
    expect(await commitmentsShown(new Date("2025-07-01T00:00:00Z"))).toEqual([promises.atEarlierTalks]);
  });
});
