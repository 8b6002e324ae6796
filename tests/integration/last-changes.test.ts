// When a negotiation's records last changed (lib/negotiations/get-last-changes.ts): a revision
// of the negotiation or of anything recorded in it moves the date — each way a record belongs
// to a negotiation, including the sources its events, commitments, positions and plans cite — and a
// revision of another negotiation's records does not. Revisions dated in the future stand
// for the newest change; they are removed afterwards.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getLastChanges } from "@/lib/negotiations/get-last-changes";
import { lastEditedAt } from "@/lib/revisions/last-edited-at";

let negotiationId: string;
let otherNegotiationId: string;
const added: string[] = [];
let minutes = 0;

async function reviseAndRead(entityType: string, entityId: string) {
  const at = new Date(Date.now() + 24 * 3600_000 + ++minutes * 60_000);
  const revision = await db.revision.create({ data: { entityType, entityId, action: "update", actorLabel: "Test", createdAt: at } });
  added.push(revision.id);
  const changes = await getLastChanges({ negotiationIds: [negotiationId, otherNegotiationId] });
  return { at, mine: changes.get(negotiationId), other: changes.get(otherNegotiationId) };
}

// The two seeded negotiations, by name: other suites add negotiations to the same database,
// and one of theirs must not stand in for a seeded one.
const SEEDED = ["russia-ukraine", "israel-hamas-gaza"];

beforeAll(async () => {
  const ids = [];
  for (const slug of SEEDED) {
    const n = await db.negotiation.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const [event, commitment, position] = await Promise.all([
      db.eventSource.findFirst({ where: { event: { negotiationId: n.id } } }),
      db.commitmentSource.findFirst({ where: { commitment: { negotiationId: n.id } } }),
      db.citation.findFirst({ where: { position: { issue: { negotiationId: n.id } } } }),
    ]);
    expect({ slug, event: !!event, commitment: !!commitment, position: !!position }).toEqual({ slug, event: true, commitment: true, position: true });
    ids.push(n.id);
  }
  [negotiationId, otherNegotiationId] = ids as [string, string];
});

afterEach(async () => {
  await db.revision.deleteMany({ where: { id: { in: added.splice(0) } } });
});

/** Sources the negotiation's records cite in no other way than `way`, so each path is tested alone. */
function notCitedBy(way: "event" | "commitment" | "position" | "plan") {
  return {
    ...(way !== "event" && { events: { none: { event: { negotiationId } } } }),
    ...(way !== "commitment" && { commitments: { none: { commitment: { negotiationId } } } }),
    ...(way !== "position" && { citations: { none: { position: { issue: { negotiationId } } } } }),
    ...(way !== "plan" && { plans: { none: { plan: { negotiationId } } } }),
  };
}

describe("a negotiation's last change", () => {
  const records: [string, () => Promise<{ entityType: string; entityId: string }>][] = [
    ["the negotiation", async () => ({ entityType: "negotiation", entityId: negotiationId })],
    ["a seated party", async () => {
      const seat = await db.negotiationParty.findFirstOrThrow({ where: { negotiationId } });
      return { entityType: "party", entityId: seat.partyId };
    }],
    ["an issue", async () => ({ entityType: "issue", entityId: (await db.issue.findFirstOrThrow({ where: { negotiationId } })).id })],
    ["a position", async () => ({ entityType: "position", entityId: (await db.position.findFirstOrThrow({ where: { issue: { negotiationId } } })).id })],
    ["an event", async () => ({ entityType: "event", entityId: (await db.event.findFirstOrThrow({ where: { negotiationId } })).id })],
    ["a source only an event cites", async () => {
      const link = await db.eventSource.findFirstOrThrow({ where: { event: { negotiationId }, source: { ...notCitedBy("event") } } });
      return { entityType: "source", entityId: link.sourceId };
    }],
    ["a commitment", async () => ({ entityType: "commitment", entityId: (await db.commitment.findFirstOrThrow({ where: { negotiationId } })).id })],
    ["a source only a commitment cites", async () => {
      const link = await db.commitmentSource.findFirstOrThrow({ where: { commitment: { negotiationId }, source: { ...notCitedBy("commitment") } } });
      return { entityType: "source", entityId: link.sourceId };
    }],
    ["an area", async () => ({ entityType: "area", entityId: (await db.area.findFirstOrThrow({ where: { negotiationId } })).id })],
    ["a plan", async () => ({ entityType: "plan", entityId: (await db.plan.findFirstOrThrow({ where: { negotiationId } })).id })],
    ["a plan's point", async () => ({ entityType: "planPoint", entityId: (await db.planPoint.findFirstOrThrow({ where: { plan: { negotiationId } } })).id })],
    ["a source only a plan cites", async () => {
      const link = await db.planSource.findFirstOrThrow({ where: { plan: { negotiationId }, source: { ...notCitedBy("plan") } } });
      return { entityType: "source", entityId: link.sourceId };
    }],
    ["a source only a position cites", async () => {
      const citation = await db.citation.findFirstOrThrow({ where: { position: { issue: { negotiationId } }, source: { ...notCitedBy("position") } } });
      return { entityType: "source", entityId: citation.sourceId };
    }],
  ];

  it.each(records)("moves with a revision of %s", async (_, find) => {
    const { entityType, entityId } = await find();
    const { at, mine } = await reviseAndRead(entityType, entityId);
    expect(mine?.getTime()).toBe(at.getTime());
  });

  it("does not move with a revision of another negotiation's records", async () => {
    const { at, mine, other } = await reviseAndRead("negotiation", otherNegotiationId);
    expect(other?.getTime()).toBe(at.getTime());
    expect(mine!.getTime()).toBeLessThan(at.getTime());
    const issue = await db.issue.findFirstOrThrow({ where: { negotiationId: otherNegotiationId } });
    const second = await reviseAndRead("issue", issue.id);
    expect(second.mine!.getTime()).toBeLessThan(at.getTime());
  });
});

describe("a record's last edit, as its citation gives it", () => {
  it("is its newest revision's moment, of that record alone, and none without one", async () => {
    const entityId = `cited-${Date.now()}`;
    expect(await lastEditedAt("position", entityId)).toBeNull();
    const revise = async (entityType: string, id: string, at: Date) => {
      added.push((await db.revision.create({ data: { entityType, entityId: id, action: "update", actorLabel: "Test", createdAt: at } })).id);
    };
    await revise("position", entityId, new Date("2026-01-02T10:00:00Z"));
    await revise("position", entityId, new Date("2026-03-04T10:00:00Z"));
    await revise("position", entityId, new Date("2026-02-03T10:00:00Z"));
    // Another record's later revision, and another kind's under the same id, are not its edits.
    await revise("position", `${entityId}-other`, new Date("2026-05-06T10:00:00Z"));
    await revise("party", entityId, new Date("2026-05-06T10:00:00Z"));
    expect(await lastEditedAt("position", entityId)).toEqual(new Date("2026-03-04T10:00:00Z"));
  });
});
