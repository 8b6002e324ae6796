// A change and its revision are one transaction: when anything fails part-way (here the
// revision write itself, after the record, its citations and statuses were written),
// nothing of the change remains.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { toPositionInput } from "@/lib/positions/position-input";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { updatePosition } from "@/lib/positions/update-position";
import { updateEvent } from "@/lib/events/update-event";
import { toEventInput } from "@/lib/events/event-input";
import { revertToRevision } from "@/lib/records/revert-to-revision";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import type { EventSnapshot } from "@/lib/events/event-snapshot";
import { editor, newPosition, newSource, revisionsOf } from "../support/editing";
import { entityCases } from "../support/editing-entities";

const FAIL = "fail while recording the revision";

vi.mock("@/lib/revisions/record-revision", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/revisions/record-revision")>();
  return {
    ...original,
    recordRevision: async (...args: Parameters<typeof original.recordRevision>) => {
      if (args[1].note === FAIL) throw new Error("simulated failure after the record was written");
      return original.recordRevision(...args);
    },
  };
});

afterAll(() => db.$disconnect());

async function state(id: string) {
  return {
    position: await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id }),
    revisions: (await revisionsOf(id)).length,
  };
}

describe("a failure mid-transaction", () => {
  it("leaves a position, its citations and its revisions as they were", async () => {
    const position = await newPosition();
    const before = await state(position.id);
    const other = await newSource();
    const input = {
      ...toPositionInput(position),
      summary: "Should not stick",
      citations: [{ sourceId: other.id, attribution: "analyst", quote: null, speaker: null }],
    };
    await expect(updatePosition({ id: position.id, version: 1, input, actor: editor, note: FAIL })).rejects.toThrow(/simulated/);
    expect(await state(position.id)).toEqual(before);
    expect(await db.citation.count({ where: { sourceId: other.id } })).toBe(0);
  });

  it("leaves no new statement behind, and the old one current", async () => {
    const position = await newPosition();
    const { partyId: _p, issueId: _i, ...statement } = toPositionInput(position);
    const count = await db.position.count({ where: { partyId: position.partyId } });
    await expect(
      supersedePosition({ id: position.id, version: 1, input: { ...statement, statedOn: "2025-07-01" }, actor: editor, note: FAIL }),
    ).rejects.toThrow(/simulated/);
    expect(await db.position.count({ where: { partyId: position.partyId } })).toBe(count);
    expect(await db.position.findUniqueOrThrow({ where: { id: position.id } })).toMatchObject({ status: "current", version: 1 });
  });

  it("leaves an event's sources as they were", async () => {
    const entity = entityCases.find((e) => e.type === "event")!;
    const event = await entity.create({ input: await entity.input(), actor: editor });
    const snapshot = (await getRecordSnapshot<EventSnapshot>({ entityType: "event", id: event.id }))!;
    const input = { ...toEventInput(snapshot), sourceIds: [(await newSource()).id] };
    await expect(updateEvent({ id: event.id, version: 1, input, actor: editor, note: FAIL })).rejects.toThrow(/simulated/);
    expect(await getRecordSnapshot<EventSnapshot>({ entityType: "event", id: event.id })).toEqual(snapshot);
  });

  it.each(entityCases)("writes no $type at all when its create fails", async (entity) => {
    const revisions = await db.revision.count();
    const model = db[entity.type] as unknown as { count(): Promise<number> };
    const records = await model.count();
    await expect(entity.create({ input: await entity.input(), actor: editor, note: FAIL })).rejects.toThrow(/simulated/);
    expect(await model.count()).toBe(records);
    // Fixtures (parties, sources) were created through their own revisions before the failure.
    expect(await db.revision.count()).toBeGreaterThanOrEqual(revisions);
    expect(await db.revision.count({ where: { note: FAIL } })).toBe(0);
  });

  it("leaves a revert unapplied", async () => {
    const position = await newPosition();
    await updatePosition({ id: position.id, version: 1, input: { ...toPositionInput(position), summary: "Edited" }, actor: editor });
    const [created] = await revisionsOf(position.id);
    const before = await state(position.id);
    await expect(revertToRevision({ revisionId: created!.id, version: 2, actor: editor, note: FAIL })).rejects.toThrow(/simulated/);
    expect(await state(position.id)).toEqual(before);
  });
});
