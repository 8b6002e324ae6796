// Every kind of record with its four write functions and inputs to create and change one,
// so tests can run the same checks over all of them.
import { createArea } from "@/lib/areas/create-area";
import { restoreArea } from "@/lib/areas/restore-area";
import { retractArea } from "@/lib/areas/retract-area";
import { updateArea } from "@/lib/areas/update-area";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { restoreCommitment } from "@/lib/commitments/restore-commitment";
import { retractCommitment } from "@/lib/commitments/retract-commitment";
import { updateCommitment } from "@/lib/commitments/update-commitment";
import { createEvent } from "@/lib/events/create-event";
import { restoreEvent } from "@/lib/events/restore-event";
import { retractEvent } from "@/lib/events/retract-event";
import { updateEvent } from "@/lib/events/update-event";
import { createIssue } from "@/lib/issues/create-issue";
import { restoreIssue } from "@/lib/issues/restore-issue";
import { retractIssue } from "@/lib/issues/retract-issue";
import { updateIssue } from "@/lib/issues/update-issue";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { restoreNegotiation } from "@/lib/negotiations/restore-negotiation";
import { retractNegotiation } from "@/lib/negotiations/retract-negotiation";
import { updateNegotiation } from "@/lib/negotiations/update-negotiation";
import { createParty } from "@/lib/parties/create-party";
import { restoreParty } from "@/lib/parties/restore-party";
import { retractParty } from "@/lib/parties/retract-party";
import { updateParty } from "@/lib/parties/update-party";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { restorePlanPoint } from "@/lib/plan-points/restore-plan-point";
import { retractPlanPoint } from "@/lib/plan-points/retract-plan-point";
import { updatePlanPoint } from "@/lib/plan-points/update-plan-point";
import { createPlan } from "@/lib/plans/create-plan";
import { restorePlan } from "@/lib/plans/restore-plan";
import { retractPlan } from "@/lib/plans/retract-plan";
import { updatePlan } from "@/lib/plans/update-plan";
import { createPosition } from "@/lib/positions/create-position";
import { restorePosition } from "@/lib/positions/restore-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { updatePosition } from "@/lib/positions/update-position";
import type { CreateArgs, RetractArgs, UpdateArgs } from "@/lib/revisions/edit-commands";
import type { EntityType } from "@/lib/records/registry";
import { createSource } from "@/lib/sources/create-source";
import { restoreSource } from "@/lib/sources/restore-source";
import { retractSource } from "@/lib/sources/retract-source";
import { updateSource } from "@/lib/sources/update-source";
import { editor, newParty, newSource, positionFields, seeded, sourceFields, unique } from "./editing";

type Snapshot = { id: string; version: number } & Record<string, unknown>;

export type EntityCase = {
  type: EntityType;
  create: (args: CreateArgs) => Promise<Snapshot>;
  update: (args: UpdateArgs) => Promise<Snapshot>;
  retract: (args: RetractArgs) => Promise<Snapshot>;
  restore: (args: RetractArgs) => Promise<Snapshot>;
  /** Valid input for a new record. */
  input: () => Promise<Record<string, unknown>>;
  /** A change to make to that input, and the field it shows up in. */
  change: (input: Record<string, unknown>) => Promise<Record<string, unknown>>;
  changedField: string;
};

/** Fields of a new plan in the seeded negotiation, by a fresh party, citing a fresh source. */
export async function planFields(overrides: Record<string, unknown> = {}) {
  const [{ negotiation }, party, source] = await Promise.all([seeded(), newParty(), newSource()]);
  return {
    negotiationId: negotiation.id,
    title: `Fixture framework ${unique()}`,
    date: "2025-06",
    status: "proposed",
    summary: "Fixture plan: a ceasefire first, then talks.",
    notes: null,
    pointCount: 12,
    previousVersionId: null,
    authorIds: [party.id],
    sourceIds: [source.id],
    droppedPoints: [],
    ...overrides,
  };
}

/** Fields of a new point of a fresh plan, on the seeded ceasefire issue. */
export async function planPointFields(overrides: Record<string, unknown> = {}) {
  const [{ ceasefire }, plan] = await Promise.all([seeded(), createPlan({ input: await planFields(), actor: editor })]);
  return {
    planId: plan.id,
    number: "4a",
    numberPrinted: true,
    order: 4,
    summary: "Fixture point: a thirty-day pause, monitored.",
    issueIds: [ceasefire.id],
    revisesId: null,
    change: null,
    changeNote: null,
    ...overrides,
  };
}

export const entityCases: EntityCase[] = [
  {
    type: "negotiation",
    create: createNegotiation,
    update: updateNegotiation,
    retract: retractNegotiation,
    restore: restoreNegotiation,
    input: async () => ({
      slug: unique("talks"),
      title: "Test talks",
      summary: "A test negotiation.",
      status: "active",
      parties: [{ partyId: (await newParty()).id, role: "host" }],
    }),
    change: async (i) => ({ ...i, status: "paused", parties: [...(i.parties as object[]), { partyId: (await newParty()).id, role: null }] }),
    changedField: "status",
  },
  {
    type: "party",
    create: createParty,
    update: updateParty,
    retract: retractParty,
    restore: restoreParty,
    input: async () => {
      const slug = unique("party");
      return { slug, name: "Test Republic", shortName: "Testia", kind: "state", colour: "#123456" };
    },
    change: async (i) => ({ ...i, name: "Republic of Testia" }),
    changedField: "name",
  },
  {
    type: "issue",
    create: createIssue,
    update: updateIssue,
    retract: retractIssue,
    restore: restoreIssue,
    input: async () => ({
      negotiationId: (await seeded()).negotiation.id,
      slug: unique("issue"),
      name: "Fixture issue: detainee lists",
      description: "Fixture: whose names are listed, when.",
      kind: "general",
      order: 20,
    }),
    change: async (i) => ({ ...i, description: "Fixture: whose names are listed, when, and how many." }),
    changedField: "description",
  },
  {
    type: "position",
    create: createPosition,
    update: updatePosition,
    retract: retractPosition,
    restore: restorePosition,
    input: () => positionFields(),
    change: async (i) => ({
      ...i,
      stance: "conditional",
      citations: [...(i.citations as object[]), { sourceId: (await newSource()).id, attribution: "analyst", quote: null, speaker: null }],
    }),
    changedField: "stance",
  },
  {
    type: "source",
    create: createSource,
    update: updateSource,
    retract: retractSource,
    restore: restoreSource,
    input: async () => sourceFields(),
    change: async (i) => ({ ...i, publishedOn: "2025-05" }),
    changedField: "publishedOn",
  },
  {
    type: "event",
    create: createEvent,
    update: updateEvent,
    retract: retractEvent,
    restore: restoreEvent,
    input: async () => ({
      negotiationId: (await seeded()).negotiation.id,
      slug: unique("round"),
      name: "Test round",
      date: "2025-06",
      location: "Bergen",
      summary: "Delegations met.",
      participantIds: [(await newParty()).id],
      sourceIds: [(await newSource()).id],
    }),
    change: async (i) => ({ ...i, location: "Tromsø", sourceIds: [...(i.sourceIds as string[]), (await newSource()).id] }),
    changedField: "location",
  },
  {
    type: "commitment",
    create: createCommitment,
    update: updateCommitment,
    retract: retractCommitment,
    restore: restoreCommitment,
    input: async () => ({
      negotiationId: (await seeded()).negotiation.id,
      eventId: null,
      summary: "Fixture undertaking: swap lists of detainees.",
      status: "promised",
      evidence: null,
      partyIds: [(await newParty()).id],
      sourceIds: [(await newSource()).id],
    }),
    change: async (i) => ({ ...i, status: "fulfilled", evidence: "Both sides confirmed the exchange." }),
    changedField: "status",
  },
  {
    type: "plan",
    create: createPlan,
    update: updatePlan,
    retract: retractPlan,
    restore: restorePlan,
    input: () => planFields(),
    change: async (i) => ({ ...i, status: "superseded", authorIds: [...(i.authorIds as string[]), (await newParty()).id] }),
    changedField: "status",
  },
  {
    type: "planPoint",
    create: createPlanPoint,
    update: updatePlanPoint,
    retract: retractPlanPoint,
    restore: restorePlanPoint,
    input: () => planPointFields(),
    change: async (i) => ({ ...i, summary: "Fixture point: a thirty-day pause, monitored from the air.", issueIds: [(await seeded()).territory.id] }),
    changedField: "summary",
  },
  {
    type: "area",
    create: createArea,
    update: updateArea,
    retract: retractArea,
    restore: restoreArea,
    input: async () => ({
      negotiationId: (await seeded()).negotiation.id,
      slug: unique("area"),
      name: "Fixture area: the river crossing",
      kind: "zone",
      order: 50,
      code: null,
      parentId: null,
      heldById: null,
      heldSince: null,
      notes: "Fixture: named by no statement.",
    }),
    change: async (i) => ({ ...i, notes: "Fixture: named by no statement, held by no one." }),
    changedField: "notes",
  },
];
