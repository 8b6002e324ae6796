// The synthetic records, built in memory as rows shaped exactly like the tables (model
// field order, Dates and JSON values), so the sinks only have to encode values. Every
// vocabulary word comes from lib/vocab and every terms value passes lib/terms, so the
// pages render these records as they would real ones.
import { groupBy } from "@/lib/collections/group-by";
import { compareStatements, currentStatement } from "@/lib/positions/current-statement";
import { parseTerms } from "@/lib/terms";
import { ceasefireScopes, ceasefireTypes } from "@/lib/terms/ceasefire";
import { foreignTroopsOptions, natoOptions } from "@/lib/terms/neutrality";
import { frozenAssetsOptions, reparationsOptions } from "@/lib/terms/reparations";
import { ALL_AREAS, recognitions, territoryOutcomes } from "@/lib/terms/territory";
import {
  attributionKinds, commitmentStatuses, issueKinds, negotiationStatuses, partyKinds, stances, termsConfidences,
  type IssueKind,
} from "@/lib/vocab";
import { idMaker, seededRandom, type Random } from "./random";
import { outlets, places, qualifiers, regionNames, speakers, topics, verbs } from "./text";
import { sanctionsReliefOptions, sanctionsTimingOptions } from "@/lib/terms/sanctions";
import { exchangeCategories, exchangeFormulas } from "@/lib/terms/exchange";
import { aidAccessLevels } from "@/lib/terms/aid-access";
import { deploymentRoles } from "@/lib/terms/deployment";
import { administratorKinds } from "@/lib/terms/governance";
import { recognitionSupports } from "@/lib/terms/recognition";
import { enforcementForms, violationResponses } from "@/lib/terms/enforcement";
import { disarmamentScopes, disarmamentTimings } from "@/lib/terms/disarmament";
import { meetingLevels, meetingStances } from "@/lib/terms/meeting";
import { membershipStances } from "@/lib/terms/membership";
import { electionTimings } from "@/lib/terms/elections";
import { guaranteeTypes } from "@/lib/terms/security-guarantees";

export type Row = Record<string, unknown>;

export type Sizes = {
  negotiations: number; parties: number; partiesPerNegotiation: number; issuesPerNegotiation: number;
  positions: number; sources: number; citationsPerPosition: number; eventsPerNegotiation: number;
  commitmentsPerNegotiation: number;
};

/** Scale 1 is the "Fast at any size" target: 20 negotiations, 200 parties, 100,000 positions, 500,000 citations. */
export function sizesFor(scale: number): Sizes {
  const parties = Math.max(16, Math.round(200 * scale));
  return {
    negotiations: Math.max(2, Math.round(20 * scale)),
    parties,
    partiesPerNegotiation: Math.min(15, parties),
    issuesPerNegotiation: Math.max(6, Math.min(30, Math.round(30 * Math.sqrt(scale)))),
    positions: Math.max(100, Math.round(100_000 * scale)),
    sources: Math.max(50, Math.round(50_000 * scale)),
    citationsPerPosition: 5,
    eventsPerNegotiation: Math.max(3, Math.round(50 * scale)),
    commitmentsPerNegotiation: Math.max(2, Math.round(10 * scale)),
  };
}

const DAY = 86_400_000;
const AREAS_PER_NEGOTIATION = 8;
const FIRST_STATEMENT = Date.UTC(2014, 0, 1);
const LAST_STATEMENT = Date.UTC(2026, 5, 30);
const pad = (n: number, width = 3) => String(n).padStart(width, "0");

export function buildDataset(sizes: Sizes, seed = 20261127) {
  const random = seededRandom(seed);
  // Records were "recorded" over the past year, in the order built; createdAt follows ids.
  const recordedFrom = Date.now() - 365 * DAY;
  let recorded = 0;
  const nextId = idMaker(random, recordedFrom);
  const recordedAt = () => new Date(recordedFrom + recorded++ * 50);
  const stamp = () => {
    const at = recordedAt();
    return { version: 1, retractedAt: null, createdAt: at, updatedAt: at };
  };

  const negotiations: Row[] = [];
  const parties: Row[] = [];
  const seats: Row[] = [];
  const issues: Row[] = [];
  const areas: Row[] = [];
  for (let p = 0; p < sizes.parties; p++) {
    const region = regionNames[p % regionNames.length]!;
    const n = Math.floor(p / regionNames.length) + 1;
    parties.push({
      id: nextId(), slug: `party-${pad(p + 1)}`, name: `Republic of ${region} ${n}`, shortName: `${region} ${n}`,
      kind: partyKinds[p % partyKinds.length], colour: `#${((p * 2654435761) >>> 8).toString(16).padStart(6, "0").slice(-6)}`,
      ...stamp(),
    });
  }
  for (let n = 0; n < sizes.negotiations; n++) {
    const negotiation = {
      id: nextId(), slug: `synthetic-talks-${pad(n + 1, 2)}`, title: `Synthetic talks ${n + 1}`,
      summary: `A synthetic peace process for measuring Parley at scale: ${random.pick(topics)} and ${random.pick(topics)} are on the table.`,
      status: negotiationStatuses[n % negotiationStatuses.length], ...stamp(),
    };
    negotiations.push(negotiation);
    // Parties overlap between negotiations, as mediators and blocs do.
    for (let k = 0; k < sizes.partiesPerNegotiation; k++) {
      const party = parties[(n * 10 + k) % parties.length]!;
      seats.push({ negotiationId: negotiation.id, partyId: party.id, role: k < 2 ? "belligerent" : k < 4 ? "mediator" : null, order: k });
    }
    // The places at stake, held by one of the two belligerents, which territorial claims name.
    for (let a = 0; a < AREAS_PER_NEGOTIATION; a++) {
      const holder = parties[(n * 10 + (a % 2)) % parties.length]!;
      areas.push({
        id: nextId(), negotiationId: negotiation.id, slug: `area-${a + 1}`, name: `${regionNames[(n + a) % regionNames.length]} Province`,
        kind: "province", order: a, code: null, outline: null, parentId: null, heldById: a < 6 ? holder.id : null, heldSince: null,
        notes: null, ...stamp(),
      });
    }
    for (let i = 0; i < sizes.issuesPerNegotiation; i++) {
      const kind = issueKinds[i % issueKinds.length]!;
      issues.push({
        id: nextId(), negotiationId: negotiation.id, slug: `${kind}-${i + 1}`, name: `${capitalise(random.pick(topics))} (${kind} ${i + 1})`,
        description: `What the parties want on ${random.pick(topics)}.`, kind, order: i, ...stamp(),
      });
    }
  }

  const sources: Row[] = [];
  for (let s = 0; s < sizes.sources; s++) {
    const id = nextId();
    const day = new Date(random.int(FIRST_STATEMENT, LAST_STATEMENT));
    sources.push({
      id, outlet: random.pick(outlets), title: `${capitalise(random.pick(topics))} talks in ${random.pick(places)}: ${random.pick(qualifiers)}`,
      url: `https://news.example.org/${day.toISOString().slice(0, 10)}/${id}`, publishedOn: day.toISOString().slice(0, 10), ...stamp(),
    });
  }

  const seatsOf = groupBy(seats, "negotiationId");
  const events: Row[] = [];
  const participants: Row[] = [];
  const eventSources: Row[] = [];
  for (const negotiation of negotiations) {
    for (let e = 0; e < sizes.eventsPerNegotiation; e++) {
      const day = random.int(FIRST_STATEMENT, LAST_STATEMENT);
      const event = {
        id: nextId(), slug: `${negotiation.slug}-round-${e + 1}`, negotiationId: negotiation.id,
        name: `Round ${e + 1} in ${random.pick(places)}`, date: new Date(day - (day % DAY)),
        datePrecision: "day", location: random.pick(places),
        summary: `Delegations discussed ${random.pick(topics)} and ${random.pick(topics)}; ${random.pick(qualifiers)}.`, ...stamp(),
      };
      events.push(event);
      for (const seat of random.sample(seatsOf.get(negotiation.id as string)!, 3)) participants.push({ eventId: event.id, partyId: seat.partyId });
      random.sample(sources, 2).forEach((source, order) => eventSources.push({ eventId: event.id, sourceId: source.id, order }));
    }
  }
  const eventsOf = groupBy(events, "negotiationId");

  const commitments: Row[] = [];
  const commitmentParties: Row[] = [];
  const commitmentSources: Row[] = [];
  for (const negotiation of negotiations) {
    for (let c = 0; c < sizes.commitmentsPerNegotiation; c++) {
      const event = random.pick(eventsOf.get(negotiation.id as string)!);
      const commitment = {
        id: nextId(), negotiationId: negotiation.id, eventId: event.id,
        summary: `Parties promised ${random.pick(topics)} ${random.pick(qualifiers)}.`,
        status: random.pick(commitmentStatuses), evidence: random.chance(0.5) ? `Reported by ${random.pick(outlets)}.` : null, ...stamp(),
      };
      commitments.push(commitment);
      for (const seat of random.sample(seatsOf.get(negotiation.id as string)!, 2)) commitmentParties.push({ commitmentId: commitment.id, partyId: seat.partyId });
      commitmentSources.push({ commitmentId: commitment.id, sourceId: random.pick(sources).id, order: 0 });
    }
  }

  const { positions, citations } = buildPositions(random, sizes, { negotiations, issues, seatsOf, eventsOf, sources, parties }, nextId, recordedAt);

  return {
    negotiations, parties, seats, issues, areas, sources, events, participants, eventSources,
    commitments, commitmentParties, commitmentSources, positions, citations,
    recordedAt,
  };
}

export type Dataset = ReturnType<typeof buildDataset>;

type Context = {
  negotiations: Row[]; issues: Row[]; seatsOf: Map<unknown, Row[]>; eventsOf: Map<unknown, Row[]>; sources: Row[]; parties: Row[];
};

/**
 * Positions as histories: each (party, issue) cell gets one or more statements, dated in
 * order, with status and supersededBy set by the rule of lib/positions (the latest not
 * withdrawn is current; each earlier one is superseded by the next). About 3% of cells
 * end with a withdrawn statement.
 */
function buildPositions(random: Random, sizes: Sizes, ctx: Context, nextId: () => string, recordedAt: () => Date) {
  const partyById = new Map(ctx.parties.map((p) => [p.id as string, p]));
  const cells: { partyId: string; issue: Row; negotiationId: string }[] = [];
  for (const issue of ctx.issues) {
    for (const seat of ctx.seatsOf.get(issue.negotiationId as string)!) {
      cells.push({ partyId: seat.partyId as string, issue, negotiationId: issue.negotiationId as string });
    }
  }
  const perCell = cells.map(() => 1);
  for (let extra = sizes.positions - cells.length; extra > 0; extra--) perCell[random.int(0, cells.length - 1)]! += 1;

  // Statements first (with their cell), then ids and recording dates in statement order.
  type Draft = { cell: (typeof cells)[number]; statedOn: Date; withdrawn: boolean };
  const drafts: Draft[] = [];
  cells.forEach((cell, c) => {
    const count = perCell[c]!;
    const dates = Array.from({ length: count }, () => random.int(FIRST_STATEMENT, LAST_STATEMENT)).sort((a, b) => a - b);
    const withdrawsLast = random.chance(0.03);
    dates.forEach((ms, i) => drafts.push({ cell, statedOn: new Date(ms - (ms % DAY)), withdrawn: withdrawsLast && i === count - 1 }));
  });
  drafts.sort((a, b) => a.statedOn.getTime() - b.statedOn.getTime());

  const positions: Row[] = [];
  const citations: Row[] = [];
  const byCell = new Map<string, Row[]>();
  for (const draft of drafts) {
    const { cell, statedOn } = draft;
    const kind = cell.issue.kind as IssueKind;
    const party = partyById.get(cell.partyId)!;
    const belligerents = ctx.seatsOf.get(cell.negotiationId)!.slice(0, 2).map((seat) => partyById.get(seat.partyId as string)!.slug as string);
    const terms = random.chance(0.7) ? termsFor(random, kind, belligerents) : null;
    const monthOnly = random.chance(0.1);
    const at = recordedAt();
    const position: Row = {
      id: nextId(), partyId: cell.partyId, issueId: cell.issue.id,
      eventId: random.chance(0.2) ? random.pick(ctx.eventsOf.get(cell.negotiationId)!).id : null,
      stance: random.pick(stances),
      summary: `${party.shortName} ${random.pick(verbs)} ${random.pick(topics)} ${random.pick(qualifiers)}; on ${random.pick(topics)} it ${random.pick(verbs)} ${random.pick(topics)}.`,
      terms, termsConfidence: terms ? random.pick(termsConfidences) : null, termsNote: null,
      details: random.chance(0.3) ? `Delegates in ${random.pick(places)} tied this to ${random.pick(topics)}.` : null,
      notes: random.chance(0.05) ? "Sources disagree on the wording." : null,
      statedOn: monthOnly ? new Date(Date.UTC(statedOn.getUTCFullYear(), statedOn.getUTCMonth(), 1)) : statedOn,
      statedOnPrecision: monthOnly ? "month" : "day",
      status: "current", withdrawnOn: draft.withdrawn ? new Date(statedOn.getTime() + 30 * DAY) : null, supersededById: null,
      version: 1, retractedAt: null, createdAt: at, updatedAt: at,
    };
    positions.push(position);
    const key = `${cell.partyId}:${cell.issue.id}`;
    const history = byCell.get(key);
    if (history) history.push(position);
    else byCell.set(key, [position]);
    random.sample(ctx.sources, sizes.citationsPerPosition).forEach((source, order) => {
      const quoted = random.chance(0.4);
      citations.push({
        id: nextId(), positionId: position.id, sourceId: source.id, attribution: random.pick(attributionKinds),
        quote: quoted ? `We ${random.pick(verbs)} ${random.pick(topics)} ${random.pick(qualifiers)}.` : null,
        speaker: quoted && random.chance(0.6) ? random.pick(speakers) : null, order, createdAt: at,
      });
    });
  }
  for (const history of byCell.values()) applyStatusRule(history);
  return { positions, citations };
}

const areaSlugs = Array.from({ length: AREAS_PER_NEGOTIATION }, (_, a) => `area-${a + 1}`);

function territorialClaim(random: Random, area: string, belligerents: string[]) {
  const outcome = random.pick(territoryOutcomes);
  if (outcome === "held-by") return { area, outcome, party: random.pick(belligerents), ...(random.chance(0.7) ? { recognition: random.pick(recognitions) } : {}) };
  if (outcome === "withdrawal") return { area, outcome, party: random.pick(belligerents) };
  return { area, outcome };
}

type Statement = { id: string; statedOn: Date; createdAt: Date; withdrawnOn: Date | null };

function applyStatusRule(history: Row[]) {
  const rows = (history as unknown as (Statement & Row)[]).sort(compareStatements);
  const current = currentStatement(rows);
  rows.forEach((row, i) => {
    row.status = row.withdrawnOn !== null ? "withdrawn" : row === current ? "current" : "superseded";
    row.supersededById = row.status === "superseded" ? (rows[i + 1]?.id ?? null) : null;
  });
}

/** Terms of a kind; territorial claims name the negotiation's areas and its two belligerents. */
function termsFor(random: Random, kind: IssueKind, belligerents: string[]): Record<string, unknown> {
  const terms: Record<string, unknown> = (() => {
    switch (kind) {
      case "ceasefire":
        return {
          type: random.pick(ceasefireTypes), durationDays: random.int(1, 365), scope: random.pick(ceasefireScopes),
          ...(random.chance(0.5) ? { preconditions: [`${capitalise(random.pick(topics))} first`] } : {}),
        };
      case "territory":
        return { claims: random.sample([...areaSlugs, ALL_AREAS], random.int(1, 3)).map((area) => territorialClaim(random, area, belligerents)) };
      case "neutrality":
        return { nato: random.pick(natoOptions), foreignTroops: random.pick(foreignTroopsOptions), nonNuclear: random.chance(0.5), guaranteesRequired: random.chance(0.5) };
      case "reparations":
        return { reparations: random.pick(reparationsOptions), frozenAssets: random.pick(frozenAssetsOptions) };
      case "military-limits":
        return { maxTroops: random.int(50, 500) * 1000, maxTanks: random.int(100, 1500), capsAccepted: random.chance(0.5) };
      case "security-guarantees":
        return { guarantee: random.pick(guaranteeTypes), guarantors: [belligerents[0]], durationYears: random.int(5, 50), foreignForcesAllowed: random.chance(0.5) };
      case "sanctions":
        return { relief: random.pick(sanctionsReliefOptions), timing: random.pick(sanctionsTimingOptions), snapback: random.chance(0.5) };
      case "exchange":
        return {
          formula: random.pick(exchangeFormulas),
          sideA: { party: belligerents[0], count: random.int(10, 2000) },
          sideB: { party: belligerents[1], count: random.int(10, 2000) },
          categories: random.sample([...exchangeCategories], random.int(1, 3)),
        };
      case "meeting":
        return { meeting: random.pick(meetingStances), level: random.pick(meetingLevels), participants: [...belligerents] };
      case "membership":
        return { organisation: "The Union", membership: random.pick(membershipStances), timelineYears: random.int(1, 15) };
      case "elections":
        return { timing: random.pick(electionTimings), withinDays: random.int(30, 365) };
      case "aid-access":
        return { access: random.pick(aidAccessLevels), trucksPerDay: random.int(50, 800) };
      case "deployment":
        return { allowed: true, role: random.pick(deploymentRoles), size: random.int(500, 20_000) };
      case "disarmament":
        return { scope: random.pick(disarmamentScopes), timing: random.pick(disarmamentTimings) };
      case "governance":
        return { administratorKind: random.pick(administratorKinds), transitionMonths: random.int(3, 36) };
      case "funding":
        return { amountUsd: random.int(1, 100) * 1e9, durationYears: random.int(1, 10) };
      case "recognition":
        return { support: random.pick(recognitionSupports), timelineYears: random.int(1, 10) };
      case "enforcement":
        return { form: random.pick(enforcementForms), onViolation: random.pick(violationResponses) };
      case "general":
        return {};
    }
  })();
  const parsed = parseTerms(kind, terms);
  if (!parsed.success) throw new Error(`generated ${kind} terms are invalid: ${parsed.error.message}`);
  return terms;
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

