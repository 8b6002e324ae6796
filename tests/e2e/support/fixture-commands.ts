// Records of its own for each editing test, made through the real domain functions. Run in
// the worker's setup process (./setup-process.ts), for ../editing-fixtures.ts.
import { randomUUID } from "node:crypto";
import { createArea } from "@/lib/areas/create-area";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/events/create-event";
import { createIssue } from "@/lib/issues/create-issue";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { createParty } from "@/lib/parties/create-party";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { createPlan } from "@/lib/plans/create-plan";
import { createPosition } from "@/lib/positions/create-position";
import { createSource } from "@/lib/sources/create-source";

const actor = { id: "e2e-fixture-editor", label: "Fixture Editor", role: "editor" as const };

async function setup() {
  const tag = randomUUID().slice(0, 8);
  const party = await createParty({
    input: { slug: `ed-${tag}`, name: `Editing Republic ${tag}`, shortName: `Ed ${tag}`, kind: "state", colour: "#335577" },
    actor,
  });
  // A second party, not seated anywhere, for tests that seat one: seeded parties stay as seeded.
  const other = await createParty({
    input: { slug: `ed-other-${tag}`, name: `Other Republic ${tag}`, shortName: `Other ${tag}`, kind: "state", colour: "#775533" },
    actor,
  });
  // The other side of the negotiation, seated beside the first.
  const rival = await createParty({
    input: { slug: `ed-rival-${tag}`, name: `Rival Republic ${tag}`, shortName: `Rival ${tag}`, kind: "state", colour: "#553377" },
    actor,
  });
  const negotiation = await createNegotiation({
    input: {
      slug: `ed-talks-${tag}`,
      title: `Editing talks ${tag}`,
      summary: "Talks made by an editing test.",
      status: "active",
      parties: [{ partyId: party.id, role: null }, { partyId: rival.id, role: null }],
    },
    actor,
  });
  // Its places at stake: a province the rival holds, a town that lies in it, and a zone nobody is recorded holding.
  const north = await createArea({
    input: { negotiationId: negotiation.id, slug: "north-province", name: `North Province ${tag}`, kind: "province", order: 1, heldById: rival.id },
    actor,
  });
  await createArea({ input: { negotiationId: negotiation.id, slug: "harbour-town", name: `Harbour Town ${tag}`, kind: "city", order: 2, parentId: north.id }, actor });
  await createArea({ input: { negotiationId: negotiation.id, slug: "river-zone", name: `River Zone ${tag}`, kind: "zone", order: 3 }, actor });
  const issue = await createIssue({
    input: { negotiationId: negotiation.id, slug: "territory", name: `Territory ${tag}`, description: "Who holds which area.", kind: "territory", order: 0 },
    actor,
  });
  const general = await createIssue({
    input: { negotiationId: negotiation.id, slug: "prisoners", name: `Prisoners ${tag}`, description: "Exchanges.", kind: "general", order: 1 },
    actor,
  });
  const source = await createSource({ input: { outlet: "Fixture Wire", title: `Report ${tag}`, url: `https://example.org/fixture/${tag}`, publishedOn: "2025-05" }, actor });
  const position = await createPosition({
    input: {
      partyId: party.id,
      issueId: issue.id,
      stance: "demands",
      summary: `Demands the province back (${tag}).`,
      statedOn: "2025-05-16",
      terms: { claims: [{ area: "north-province", outcome: "held-by", party: party.slug, recognition: "de-jure" }] },
      citations: [{ sourceId: source.id, attribution: "official-statement", quote: "Every province back.", speaker: "A minister" }],
    },
    actor,
  });
  return {
    tag,
    partyId: party.id,
    partySlug: party.slug,
    partyShort: party.shortName,
    rivalSlug: rival.slug,
    rivalShort: rival.shortName,
    northName: north.name,
    otherPartySlug: other.slug,
    otherPartyName: other.name,
    otherPartyShort: other.shortName,
    negotiationSlug: negotiation.slug,
    issueId: issue.id,
    issueSlug: issue.slug,
    issueName: issue.name,
    generalIssueId: general.id,
    sourceId: source.id,
    sourceTitle: source.title,
    positionId: position.id,
    summary: position.summary,
  };
}

/** The setup's records and an earlier three-point plan of its negotiation, for a new plan to revise. */
async function plan() {
  const f = await setup();
  const negotiationId = (await db.negotiation.findUniqueOrThrow({ where: { slug: f.negotiationSlug }, select: { id: true } })).id;
  const earlier = await createPlan({
    input: {
      // Its three points are all it has: a later plan's diff can call a point new or dropped.
      negotiationId, title: `Earlier draft ${f.tag}`, date: "2025-05", status: "superseded", summary: "A first draft of three points.", pointCount: 3,
      authorIds: [f.partyId], sourceIds: [f.sourceId],
    },
    actor,
  });
  const points = [];
  for (const [order, [summary, issueId]] of ([
    ["A ceasefire along the current line.", f.generalIssueId],
    ["The northern region is demilitarised within 30 days.", f.issueId],
    ["All prisoners exchanged within a month.", f.generalIssueId],
  ] as const).entries()) {
    points.push(await createPlanPoint({ input: { planId: earlier.id, number: String(order + 1), order, summary, issueIds: [issueId] }, actor }));
  }
  return { ...f, earlierPlanId: earlier.id, earlierTitle: `Earlier draft ${f.tag}`, earlierPointIds: points.map((p) => p.id) };
}

/** The setup's records and an event of its negotiation: a round of talks both parties attended, citing the source. */
async function event() {
  const f = await setup();
  const negotiationId = (await db.negotiation.findUniqueOrThrow({ where: { slug: f.negotiationSlug }, select: { id: true } })).id;
  const rival = await db.party.findUniqueOrThrow({ where: { slug: f.rivalSlug }, select: { id: true } });
  const created = await createEvent({
    input: {
      negotiationId,
      slug: `round-${f.tag}`,
      name: `Talks round ${f.tag}`,
      date: "2025-05-16",
      location: "Strelsau",
      summary: "Delegations met for a first round.",
      participantIds: [f.partyId, rival.id],
      sourceIds: [f.sourceId],
    },
    actor,
  });
  return { ...f, eventId: created.id, eventSlug: created.slug };
}

export const fixtureCommands: Record<string, () => Promise<unknown>> = { setup, plan, event };
