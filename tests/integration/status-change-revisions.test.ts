// Every change is a revision, including the ones a statement undergoes because of another's
// save: recorded after it, re-dated before it, retracted or moved to another party. Each
// statement whose status moves gets its own revision, attributed to the editor whose save
// moved it. Its version stays: the status follows from the others, so an edit made from that
// version overwrites nothing.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPosition } from "@/lib/positions/create-position";
import { toPositionInput } from "@/lib/positions/position-input";
import { restorePosition } from "@/lib/positions/restore-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { updatePosition } from "@/lib/positions/update-position";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { describeAction } from "@/lib/revisions/action-labels";
import { listFeedEntries } from "@/lib/feeds/list-feed-entries";
import { appError, editor, newParty, newPosition, revisionsOf } from "../support/editing";

afterAll(() => db.$disconnect());

const sameCell = (p: { partyId: string; issueId: string }, changes: Record<string, unknown>) => ({
  ...toPositionInput(p as Parameters<typeof toPositionInput>[0]),
  ...changes,
});

/** A new statement's fields for the supersede action, which takes the party and issue from the old one. */
const newStatement = (p: { partyId: string; issueId: string }, changes: Record<string, unknown>) => {
  const { partyId: _party, issueId: _issue, ...fields } = sameCell(p, changes);
  return fields;
};

const stored = (id: string) => db.position.findUniqueOrThrow({ where: { id }, select: { status: true, supersededById: true, version: true } });

describe("a statement whose status another statement's save moves", () => {
  it("is superseded with a revision of its own when a later statement is simply recorded", async () => {
    const old = await newPosition({ statedOn: "2025-03-01" });
    const newer = await createPosition({ input: sameCell(old, { statedOn: "2025-04-02", summary: "Fixture: a later word." }), actor: editor });

    expect(await stored(old.id)).toEqual({ status: "superseded", supersededById: newer.id, version: 1 });
    const [latest] = await listRevisions({ entityType: "position", entityId: old.id });
    expect(latest).toMatchObject({
      action: "supersede",
      actorId: editor.id,
      note: "The party's statement of 2 April 2025 on this issue now follows this one.",
    });
    expect(latest!.changes).toEqual([
      { kind: "changed", path: ["status"], before: "current", after: "superseded" },
      { kind: "added", path: ["supersededById"], after: newer.id },
    ]);
    expect(describeAction(latest!.action)).toBe("Superseded by a new statement");
    // The new statement's own history holds only its creation.
    expect((await revisionsOf(newer.id)).map((r) => r.action)).toEqual(["create"]);
  });

  it("carries the note of the editor whose save moved it, after what moved it", async () => {
    const old = await newPosition({ statedOn: "2025-03-01" });
    await createPosition({ input: sameCell(old, { statedOn: "2025-04-02" }), actor: editor, note: "From the press conference" });
    expect((await revisionsOf(old.id)).map((r) => [r.action, r.note])).toEqual([
      ["create", null],
      ["supersede", "The party's statement of 2 April 2025 on this issue now follows this one. The editor's note on that change: “From the press conference”"],
    ]);
  });

  it("is current again, with a revision saying so, when the statement after it is retracted, and superseded once more on its restore", async () => {
    const old = await newPosition({ statedOn: "2025-03-01" });
    const newer = await createPosition({ input: sameCell(old, { statedOn: "2025-04-02" }), actor: editor });
    const retracted = await retractPosition({ id: newer.id, version: 1, actor: editor });

    expect(await stored(old.id)).toEqual({ status: "current", supersededById: null, version: 1 });
    const [latest] = await listRevisions({ entityType: "position", entityId: old.id });
    expect(latest).toMatchObject({ action: "reinstate", note: "No later statement of the party on this issue follows this one now, so it is current again." });
    expect(describeAction("reinstate")).toBe("Current again");
    // The feeds list it too, saying what changed and why.
    const scope = { id: "urn:test", title: "", subtitle: "", pagePath: "/", feedPath: "/", records: { position: [old.id] } };
    const [entry, superseded] = await listFeedEntries(scope, "http://localhost");
    expect(entry!.title).toMatch(/^Reinstated position: /);
    expect(entry!.summary).toBe(
      "Changed: Status, Superseded by. Note: No later statement of the party on this issue follows this one now, so it is current again.",
    );
    expect(superseded!.title).toMatch(/^Superseded position: /);

    await restorePosition({ id: newer.id, version: retracted.version, actor: editor });
    expect(await stored(old.id)).toEqual({ status: "superseded", supersededById: newer.id, version: 1 });
    expect((await revisionsOf(old.id)).map((r) => r.action)).toEqual(["create", "supersede", "reinstate", "supersede"]);
  });

  it("records who now follows it when a statement is dated in between", async () => {
    const first = await newPosition({ statedOn: "2025-03-01" });
    const last = await createPosition({ input: sameCell(first, { statedOn: "2025-05-01" }), actor: editor });
    const middle = await createPosition({ input: sameCell(first, { statedOn: "2025-04" }), actor: editor });

    expect(await stored(first.id)).toMatchObject({ status: "superseded", supersededById: middle.id, version: 1 });
    expect(await stored(middle.id)).toMatchObject({ status: "superseded", supersededById: last.id, version: 1 });
    const [latest] = await listRevisions({ entityType: "position", entityId: first.id });
    expect(latest).toMatchObject({ action: "supersede", note: "The party's statement of April 2025 on this issue now follows this one." });
    expect(latest!.changes).toEqual([{ kind: "changed", path: ["supersededById"], before: last.id, after: middle.id }]);
    // The last statement's standing did not move: nothing written to it.
    expect(await stored(last.id)).toMatchObject({ status: "current", version: 1 });
    expect((await revisionsOf(last.id)).map((r) => r.action)).toEqual(["create"]);
  });

  it("is current again in the chain a statement moved out of when its party changes", async () => {
    const old = await newPosition({ statedOn: "2025-03-01" });
    const newer = await createPosition({ input: sameCell(old, { statedOn: "2025-04-02" }), actor: editor });
    const otherParty = await newParty();
    await updatePosition({ id: newer.id, version: 1, input: { ...sameCell(old, { statedOn: "2025-04-02" }), partyId: otherParty.id }, actor: editor });

    expect(await stored(old.id)).toEqual({ status: "current", supersededById: null, version: 1 });
    expect((await revisionsOf(old.id)).map((r) => r.action)).toEqual(["create", "supersede", "reinstate"]);
  });

  it("takes an edit made from the version it had before it was superseded, and stays superseded", async () => {
    const old = await newPosition({ statedOn: "2025-03-01" });
    const newer = await createPosition({ input: sameCell(old, { statedOn: "2025-04-02" }), actor: editor });
    const edited = await updatePosition({ id: old.id, version: 1, input: sameCell(old, { summary: "Fixture: a typo mended." }), actor: editor });
    expect(edited).toMatchObject({ summary: "Fixture: a typo mended.", status: "superseded", supersededById: newer.id, version: 2 });
    const history = await listRevisions({ entityType: "position", entityId: old.id });
    expect(history.map((r) => r.action)).toEqual(["update", "supersede", "create"]);
    expect(history[0]!.changes).toEqual([{ kind: "changed", path: ["summary"], before: old.summary, after: "Fixture: a typo mended." }]);
  });

  it("gets one revision and one version when superseded explicitly", async () => {
    const old = await newPosition({ statedOn: "2025-03-01" });
    const { position } = await supersedePosition({
      id: old.id,
      version: 1,
      input: newStatement(old, { statedOn: "2025-04-02" }),
      actor: editor,
      note: "Recorded from the communiqué",
    });
    expect(await stored(old.id)).toEqual({ status: "superseded", supersededById: position.id, version: 2 });
    expect((await revisionsOf(old.id)).map((r) => [r.action, r.note])).toEqual([
      ["create", null],
      ["supersede", "Recorded from the communiqué"],
    ]);
  });
});
