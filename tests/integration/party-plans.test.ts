// A party's page lists, under each negotiation it shows, the plans the party wrote or co-wrote
// there, newest first; on a past date only those tabled by then. Retracted plans and plans by
// other parties only are not listed, and any change to a plan drops the page from the cache
// (its negotiations' records reach it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dependenciesOf } from "@/lib/cache/dependencies";
import { db } from "@/lib/db/client";
import { getPartyPage } from "@/lib/parties/get-party-page";
import { createPlan } from "@/lib/plans/create-plan";
import { retractPlan } from "@/lib/plans/retract-plan";
import { editor, newParty, newPosition, newSource, seeded } from "../support/editing";

afterAll(() => db.$disconnect());

let slug: string;
let negotiationSlug: string;
let negotiationId: string;
const titles = { older: "", newer: "", retracted: "", othersOnly: "" };

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
});

const plansShown = async (asOf?: Date) =>
  (await getPartyPage({ slug, asOf }))!.negotiations.find((n) => n.slug === negotiationSlug)!.plans.map((p) => p.title);

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
