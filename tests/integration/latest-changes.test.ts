// The negotiation page's latest changes are its changes page's first ones, read from the
// site's newest changes only (lib/negotiations/get-latest-changes.ts): when the negotiation
// has fewer among them than asked for, those it has, said to be incomplete.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { recordsWithin } from "@/lib/feeds/feed-scope";
import { getLatestChanges, LATEST_CHANGES_WINDOW } from "@/lib/negotiations/get-latest-changes";
import { toPositionInput } from "@/lib/positions/position-input";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { updatePosition } from "@/lib/positions/update-position";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { listRecentChanges } from "@/lib/records/list-recent-changes";
import { retractPosition } from "@/lib/positions/retract-position";
import { editor } from "../support/editing";

// Its own seeded database: the test counts on which changes are the site's newest.
const database = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("latest_changes", "seeded"));
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const negotiationId = async (slug: string) => (await db.negotiation.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

/** The changes page's way: every record of the negotiation, then their newest revisions (labelled here by their present names, below). */
async function changesPageFirst(id: string, take: number) {
  return withoutLabels((await listRecentChanges({ limit: take, records: await recordsWithin("negotiation", id) })).items);
}

const withoutLabels = <T extends { label: string }>(items: T[]) => items.map(({ label: _label, ...item }) => item);
const latestOf = async (negotiationId: string, take: number) => {
  const { items, complete } = await getLatestChanges({ negotiationId, take });
  return { items: withoutLabels(items), complete };
};

async function editSummary(positionId: string, summary: string) {
  const current = (await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id: positionId }))!;
  return updatePosition({ id: positionId, version: current.version, input: { ...toPositionInput(current), summary }, actor: editor });
}

async function positionsOf(id: string, take: number) {
  return db.position.findMany({ where: { issue: { negotiationId: id }, retractedAt: null }, orderBy: { id: "asc" }, take, select: { id: true } });
}

describe("a negotiation's latest changes", () => {
  it("are its changes page's first, all of them when among the site's newest changes, and said to be incomplete when not", async () => {
    const [mine, other] = await Promise.all([negotiationId("israel-hamas-gaza"), negotiationId("russia-ukraine")]);
    const [a, b] = await positionsOf(mine, 2);
    await editSummary(a!.id, "Edited first, then overtaken by changes elsewhere.");
    const retracted = await editSummary(b!.id, "Edited, then retracted.");
    await retractPosition({ id: b!.id, version: retracted.version, actor: editor });

    // Among the newest: the changes page's first.
    const latest = await latestOf(mine, 5);
    expect(latest).toEqual({ items: await changesPageFirst(mine, 5), complete: true });
    // A statement named by its party and issue as they are now, not by words an edit replaced.
    const named = await db.position.findUniqueOrThrow({ where: { id: a!.id }, select: { party: { select: { shortName: true } }, issue: { select: { name: true } } } });
    const labels = (await getLatestChanges({ negotiationId: mine, take: 5 })).items.filter((c) => c.entityId === a!.id).map((c) => c.label);
    expect(labels).toEqual([`${named.party.shortName} on ${named.issue.name}`]);
    expect(latest.items.slice(0, 3).map((c) => [c.entityId, c.action, c.retracted])).toEqual([
      [b!.id, "retract", true],
      [b!.id, "update", true],
      [a!.id, "update", false],
    ]);

    // Changes elsewhere push its changes out of the site's newest, but for one made after
    // them: that one, still the changes page's first, and the list said to be incomplete.
    const elsewhere = await positionsOf(other, 40);
    const rounds = Math.ceil(LATEST_CHANGES_WINDOW / elsewhere.length);
    for (let round = 0; round < rounds; round++) for (const p of elsewhere) await editSummary(p.id, `Elsewhere, round ${round}.`);
    await editSummary(a!.id, "Edited again, among the newest.");
    const partial = await latestOf(mine, 5);
    expect(partial.complete).toBe(false);
    expect(partial.items).toEqual((await changesPageFirst(mine, 5)).slice(0, 1));
    expect(partial.items[0]).toMatchObject({ entityId: a!.id, action: "update" });
    // The busy negotiation's, all among the newest.
    expect(await latestOf(other, 5)).toEqual({ items: await changesPageFirst(other, 5), complete: true });
  }, 120_000);

  it("are none for a negotiation nothing was recorded in", async () => {
    expect(await getLatestChanges({ negotiationId: "no-such-negotiation", take: 5 })).toEqual({ items: [], complete: false });
  });
});
