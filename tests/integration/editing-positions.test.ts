// Statements over time: a new statement supersedes the current one, a withdrawal hands the
// issue back to the previous standing statement, and revert puts a position back exactly
// as it was, citations included, as a new revision.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isStaleVersion } from "@/lib/errors/app-error";
import { createPosition } from "@/lib/positions/create-position";
import { toPositionInput } from "@/lib/positions/position-input";
import { retractPosition } from "@/lib/positions/retract-position";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { updatePosition } from "@/lib/positions/update-position";
import { withdrawPosition } from "@/lib/positions/withdraw-position";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { revertToRevision } from "@/lib/records/revert-to-revision";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { appError, editor, newPosition, newSource, positionFields, revisionsOf } from "../support/editing";

afterAll(() => db.$disconnect());

const statement = (p: Parameters<typeof toPositionInput>[0], changes: Record<string, unknown> = {}) => {
  const { partyId: _p, issueId: _i, ...rest } = toPositionInput(p);
  return { ...rest, ...changes };
};

async function chain(partyId: string, issueId: string) {
  return db.position.findMany({
    where: { partyId, issueId },
    orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, status: true, supersededById: true, summary: true },
  });
}

describe("supersedePosition", () => {
  it("adds the new statement as current and marks the old one superseded by it, with a revision for each", async () => {
    const old = await newPosition({ statedOn: "2025-05-11" });
    const { position, superseded } = await supersedePosition({
      id: old.id,
      version: 1,
      input: statement(old, { summary: "Now accepts a 30-day truce with monitoring.", stance: "accepts", statedOn: "2025-05-16" }),
      actor: editor,
      note: "Istanbul statement",
    });
    expect(position).toMatchObject({ partyId: old.partyId, issueId: old.issueId, status: "current", version: 1 });
    expect(superseded).toMatchObject({ id: old.id, status: "superseded", supersededById: position.id, version: 2 });
    expect(await chain(old.partyId, old.issueId)).toEqual([
      expect.objectContaining({ id: old.id, status: "superseded", supersededById: position.id }),
      expect.objectContaining({ id: position.id, status: "current", supersededById: null }),
    ]);
    expect((await revisionsOf(old.id)).map((r) => [r.action, r.note])).toEqual([
      ["create", null],
      ["supersede", "Istanbul statement"],
    ]);
    expect((await revisionsOf(position.id)).map((r) => r.action)).toEqual(["create"]);
    const [latest] = await listRevisions({ entityType: "position", entityId: old.id });
    expect(latest!.changes).toEqual(
      expect.arrayContaining([
        { kind: "changed", path: ["status"], before: "current", after: "superseded" },
        { kind: "added", path: ["supersededById"], after: position.id },
      ]),
    );
  });

  it("refuses a new statement dated before the one it supersedes, and writes nothing", async () => {
    const old = await newPosition({ statedOn: "2025-05-11" });
    const revisions = await db.revision.count();
    const error = await appError(
      supersedePosition({ id: old.id, version: 1, input: statement(old, { statedOn: "2025-05-10" }), actor: editor }),
      "validation",
    );
    expect(error.details.fieldErrors!.statedOn![0]).toMatch(/on or after the one it supersedes \(11 May 2025\)/);
    expect(await db.revision.count()).toBe(revisions);
    expect(await chain(old.partyId, old.issueId)).toHaveLength(1);
  });

  it("refuses to supersede a statement that is no longer current", async () => {
    const old = await newPosition({ statedOn: "2025-05-11" });
    await supersedePosition({ id: old.id, version: 1, input: statement(old, { statedOn: "2025-05-12" }), actor: editor });
    const error = await appError(
      supersedePosition({ id: old.id, version: 2, input: statement(old, { statedOn: "2025-05-13" }), actor: editor }),
      "conflict",
    );
    expect(error.message).toMatch(/no longer current \(it is superseded by a newer statement of 12 May 2025\)/);
    expect(error.details.current).toMatchObject({ id: old.id, status: "superseded" });
  });

  // Two editors open "New statement" on one statement: the second save has no saved version
  // to weigh against (the form's conflict screen would offer to save over a statement that
  // can no longer be superseded), so it is told what happened instead.
  it("tells a second editor superseding the same statement that it was superseded meanwhile, not that it was edited", async () => {
    const old = await newPosition({ statedOn: "2025-05-11" });
    await supersedePosition({ id: old.id, version: 1, input: statement(old, { statedOn: "2025-05-12" }), actor: editor });
    const revisions = await db.revision.count();
    const error = await appError(
      supersedePosition({ id: old.id, version: 1, input: statement(old, { statedOn: "2025-05-13", summary: "The second editor's words." }), actor: editor }),
      "conflict",
    );
    expect(isStaleVersion(error)).toBe(false);
    expect(error.message).toMatch(/no longer current \(it is superseded by a newer statement of 12 May 2025\), so nothing was saved/);
    expect(await db.revision.count()).toBe(revisions);
    expect(await chain(old.partyId, old.issueId)).toHaveLength(2);
  });

  it("is all or nothing: a new statement citing a missing source leaves the old one current", async () => {
    const old = await newPosition();
    const bad = statement(old, { statedOn: "2025-06-01", citations: [{ sourceId: "no-such-source", attribution: "document" }] });
    const error = await appError(supersedePosition({ id: old.id, version: 1, input: bad, actor: editor }), "validation");
    expect(error.details.fieldErrors).toEqual({ "citations.0.sourceId": ["There is no source with the id “no-such-source”"] });
    expect(await db.position.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: "current", version: 1 });
    expect(await chain(old.partyId, old.issueId)).toHaveLength(1);
  });
});

describe("withdrawPosition", () => {
  it("withdraws a statement, making the previous standing one current again", async () => {
    const first = await newPosition({ statedOn: "2025-03-01" });
    const { position: second } = await supersedePosition({
      id: first.id,
      version: 1,
      input: statement(first, { statedOn: "2025-04-01" }),
      actor: editor,
    });
    const withdrawn = await withdrawPosition({ id: second.id, version: 1, withdrawnOn: "2025-04-20", actor: editor });
    expect(withdrawn).toMatchObject({ status: "withdrawn", withdrawnOn: "2025-04-20T00:00:00.000Z", version: 2 });
    expect((await chain(first.partyId, first.issueId)).map((p) => p.status)).toEqual(["current", "withdrawn"]);
    expect((await revisionsOf(second.id)).map((r) => r.action)).toEqual(["create", "withdraw"]);
    // Current again is a change to the first statement too, with a revision of its own.
    expect((await revisionsOf(first.id)).map((r) => r.action)).toEqual(["create", "supersede", "reinstate"]);
    await appError(withdrawPosition({ id: second.id, version: 2, withdrawnOn: "2025-04-21", actor: editor }), "conflict");
    const early = await appError(withdrawPosition({ id: first.id, version: 2, withdrawnOn: "2025-02-01", actor: editor }), "validation");
    expect(early.details.fieldErrors).toEqual({ withdrawnOn: ["The withdrawal date cannot be before the statement date"] });
  });

  it("keeps statuses right when an edit moves a statement's date or retracts it", async () => {
    const first = await newPosition({ statedOn: "2025-03-01" });
    const { position: second } = await supersedePosition({ id: first.id, version: 1, input: statement(first, { statedOn: "2025-04-01" }), actor: editor });
    // Back-dating the new statement before the old one swaps which is current.
    await updatePosition({ id: second.id, version: 1, input: { ...toPositionInput(second), statedOn: "2025-02" }, actor: editor });
    expect((await chain(first.partyId, first.issueId)).map((p) => [p.id, p.status])).toEqual([
      [second.id, "superseded"],
      [first.id, "current"],
    ]);
    const current = await db.position.findUniqueOrThrow({ where: { id: first.id } });
    await retractPosition({ id: first.id, version: current.version, actor: editor });
    expect(await db.position.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "current" });
  });
});

describe("updatePosition", () => {
  it("leaves the citations as they were when only the words change, and writes them anew when they change", async () => {
    const original = await newPosition();
    const citationRows = () =>
      db.citation.findMany({ where: { positionId: original.id }, orderBy: { order: "asc" }, select: { id: true, sourceId: true, quote: true, order: true } });
    const cited = await citationRows();
    expect(cited).toHaveLength(1);

    const worded = await updatePosition({ id: original.id, version: 1, input: { ...toPositionInput(original), summary: "Only the words changed" }, actor: editor });
    // The same rows, ids and all: nothing deleted and written again.
    expect(await citationRows()).toEqual(cited);
    expect(worded).toMatchObject({ summary: "Only the words changed", citations: original.citations });

    const extra = await newSource();
    const input = toPositionInput(worded);
    const another = { sourceId: extra.id, attribution: "analyst", quote: "Another quote", speaker: null };
    const recited = await updatePosition({ id: original.id, version: 2, input: { ...input, citations: [another, ...input.citations] }, actor: editor });
    expect((await citationRows()).map(({ sourceId, quote, order }) => ({ sourceId, quote, order }))).toEqual([
      { sourceId: extra.id, quote: "Another quote", order: 0 },
      { sourceId: cited[0]!.sourceId, quote: cited[0]!.quote, order: 1 },
    ]);
    expect(recited.citations!.map((c) => c.sourceId)).toEqual([extra.id, cited[0]!.sourceId]);
  });
});

describe("revertToRevision", () => {
  it("puts a position back as it was, citations included, as a new revision that can itself be reverted", async () => {
    const original = await newPosition();
    const extra = await newSource();
    const edited = await updatePosition({
      id: original.id,
      version: 1,
      input: {
        ...toPositionInput(original),
        summary: "Edited summary",
        terms: { type: "conditional" },
        citations: [{ sourceId: extra.id, attribution: "analyst", quote: "A different quote", speaker: null }],
      },
      actor: editor,
    });
    const [created, update] = await revisionsOf(original.id);

    const reverted = await revertToRevision({ revisionId: created!.id, version: 2, actor: editor });
    expect(reverted.version).toBe(3);
    const { version: _v1, updatedAt: _u1, ...originalState } = original;
    expect(reverted).toMatchObject(originalState);
    expect(await db.citation.findMany({ where: { positionId: original.id }, select: { sourceId: true, quote: true } })).toEqual([
      { sourceId: original.citations![0]!.sourceId, quote: "Thirty days, starting now." },
    ]);
    const revert = (await revisionsOf(original.id))[2]!;
    expect(revert).toMatchObject({ action: "revert", before: edited, after: reverted });
    expect(revert.note).toMatch(/^Reverted to the version recorded on .* by Test Editor$/);

    // Revert the revert: back to the edited state.
    const again = await revertToRevision({ revisionId: update!.id, version: 3, actor: editor, note: "The edit was right" });
    const { version: _v2, updatedAt: _u2, ...editedState } = edited;
    expect(again).toMatchObject({ ...editedState, version: 4 });
    expect((await revisionsOf(original.id)).map((r) => [r.action, r.note ?? ""])).toEqual([
      ["create", ""],
      ["update", ""],
      ["revert", expect.stringMatching(/^Reverted to/)],
      ["revert", "The edit was right"],
    ]);
  });

  it("refuses when the record moved on since the editor looked, and writes nothing", async () => {
    const position = await newPosition();
    await updatePosition({ id: position.id, version: 1, input: { ...toPositionInput(position), summary: "Two" }, actor: editor });
    const [created] = await revisionsOf(position.id);
    const error = await appError(revertToRevision({ revisionId: created!.id, version: 1, actor: editor }), "conflict");
    expect(error.details.current).toMatchObject({ version: 2, summary: "Two" });
    expect(await revisionsOf(position.id)).toHaveLength(2);
  });

  it("undoes a retraction by reverting to the version before it, and statuses follow", async () => {
    const first = await newPosition({ statedOn: "2025-03-01" });
    const { position: second } = await supersedePosition({ id: first.id, version: 1, input: statement(first, { statedOn: "2025-04-01" }), actor: editor });
    await retractPosition({ id: second.id, version: 1, actor: editor });
    expect(await db.position.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "current" });
    const [created] = await revisionsOf(second.id);
    const back = await revertToRevision({ revisionId: created!.id, version: 2, actor: editor });
    expect(back).toMatchObject({ retractedAt: null, status: "current" });
    expect(await db.position.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "superseded" });
  });

  it("restores a position from a creation revision an earlier seed wrote without citations, keeping the current ones", async () => {
    // Seeds before the creation revision held the record as loaded recorded the bare row:
    // one such revision, of a statement of this test's own (the seeded ones are other tests' to count).
    const fresh = await newPosition({
      citations: [
        { sourceId: (await newSource()).id, attribution: "official-statement", quote: null, speaker: null },
        { sourceId: (await newSource()).id, attribution: "media-report", quote: null, speaker: null },
      ],
    });
    const seeded = await db.position.findUniqueOrThrow({ where: { id: fresh.id } });
    const seedRevision = await db.revision.create({
      data: { entityType: "position", entityId: seeded.id, action: "create", actorLabel: "Parley seed", after: JSON.parse(JSON.stringify(seeded)) },
    });
    const seededRow = seedRevision.after as { id: string; summary: string };
    expect(seedRevision.after).not.toHaveProperty("citations");
    const current = (await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id: seededRow.id }))!;
    await updatePosition({
      id: seededRow.id,
      version: current.version,
      input: { ...toPositionInput(current), summary: "Temporarily edited", citations: toPositionInput(current).citations.slice(0, 1) },
      actor: editor,
    });
    const back = (await revertToRevision({ revisionId: seedRevision.id, version: current.version + 1, actor: editor })) as PositionSnapshot;
    expect(back.summary).toBe(seededRow.summary);
    expect(back.citations!.map((c) => c.sourceId)).toEqual([current.citations![0]!.sourceId]);
  });

  it("answers not-found for an unknown revision", async () => {
    await appError(revertToRevision({ revisionId: "no-such-revision", version: 1, actor: editor }), "not-found");
  });
});

describe("checks that need the database", () => {
  it("validates terms against the issue's kind, naming the field", async () => {
    const fields = await positionFields({ terms: { type: "sometimes", durationDays: -3 } });
    const revisions = await db.revision.count();
    const error = await appError(createPosition({ input: fields, actor: editor }), "validation");
    expect(Object.keys(error.details.fieldErrors!).sort()).toEqual(["terms.durationDays", "terms.type"]);
    expect(await db.revision.count()).toBe(revisions);
  });

  it("refuses a citation of a source that does not exist, and an event of another negotiation", async () => {
    const otherNegotiationEvent = await db.event.create({
      data: {
        slug: `elsewhere-${Date.now()}`,
        name: "Elsewhere",
        date: new Date("2025-01-01"),
        summary: "x",
        negotiation: { create: { slug: `other-${Date.now()}`, title: "Other", summary: "x" } },
      },
    });
    const fields = await positionFields({
      eventId: otherNegotiationEvent.id,
      citations: [{ sourceId: "missing-source", attribution: "document" }],
    });
    const positions = await db.position.count();
    const error = await appError(createPosition({ input: fields, actor: editor }), "validation");
    expect(error.details.fieldErrors).toEqual({
      "citations.0.sourceId": ["There is no source with the id “missing-source”"],
      eventId: ["This event belongs to another negotiation than the issue"],
    });
    expect(await db.position.count()).toBe(positions);
  });

  it("refuses a newly cited source that was retracted, but keeps one cited before its retraction", async () => {
    const position = await newPosition();
    const cited = position.citations![0]!.sourceId;
    const retracted = await newSource();
    await db.source.updateMany({ where: { id: { in: [cited, retracted.id] } }, data: { retractedAt: new Date() } });
    const input = toPositionInput(position);
    const error = await appError(
      updatePosition({
        id: position.id,
        version: 1,
        input: { ...input, citations: [...input.citations, { sourceId: retracted.id, attribution: "document", quote: null, speaker: null }] },
        actor: editor,
      }),
      "validation",
    );
    expect(error.details.fieldErrors!["citations.1.sourceId"]![0]).toMatch(/retracted/);
    const saved = await updatePosition({ id: position.id, version: 1, input: { ...input, summary: "Still citing it" }, actor: editor });
    expect(saved.citations!.map((c) => c.sourceId)).toEqual([cited]);
  });
});
