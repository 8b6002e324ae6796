// Who may change records, checked where the data is touched, whichever door the call came
// in by: anonymous → unauthenticated, a read-only API token → forbidden, editors, admins and
// write tokens → allowed. Refused calls write nothing.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AppErrorCode } from "@/lib/errors/app-error";
import { toPositionInput } from "@/lib/positions/position-input";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { withdrawPosition } from "@/lib/positions/withdraw-position";
import type { Actor } from "@/lib/auth/actor";
import { revertToRevision } from "@/lib/records/revert-to-revision";
import { admin, appError, editor, newPosition, readToken, revisionsOf, writeToken } from "../support/editing";
import { entityCases } from "../support/editing-entities";

afterAll(() => db.$disconnect());

const refused: [string, Actor | null, AppErrorCode][] = [
  ["anonymous", null, "unauthenticated"],
  ["an actor without an id", { id: null, label: "Someone" }, "unauthenticated"],
  ["a read-scoped API token", readToken, "forbidden"],
  ["a signed-in user without an editing role", { id: "u-viewer", label: "Viewer" }, "forbidden"],
];
const allowed: [string, Actor][] = [
  ["an editor", editor],
  ["an admin", admin],
  ["a write-scoped API token", writeToken],
];

describe.each(entityCases)("$type", (entity) => {
  it.each(refused)("%s may not create, update, retract or restore, and nothing is written", async (_who, actor, code) => {
    const input = await entity.input();
    const record = await entity.create({ input, actor: editor });
    const revisions = await db.revision.count();
    await appError(entity.create({ input: await entity.input(), actor }), code);
    await appError(entity.update({ id: record.id, version: 1, input: await entity.change(input), actor }), code);
    await appError(entity.retract({ id: record.id, version: 1, actor }), code);
    await appError(entity.restore({ id: record.id, version: 1, actor }), code);
    // The fixtures for the inputs above wrote their own revisions; the refused calls none.
    expect(await db.revision.count({ where: { entityId: record.id } })).toBe(1);
    expect(await db.revision.count({ where: { actorLabel: actor?.label ?? "" } })).toBe(0);
    expect(await db.revision.count()).toBeGreaterThanOrEqual(revisions);
  });

  it.each(allowed)("%s may create, update, retract and restore, and is named in the history", async (_who, actor) => {
    const input = await entity.input();
    const record = await entity.create({ input, actor });
    await entity.update({ id: record.id, version: 1, input: await entity.change(input), actor });
    await entity.retract({ id: record.id, version: 2, actor });
    await entity.restore({ id: record.id, version: 3, actor });
    const revisions = await revisionsOf(record.id);
    expect(revisions.map((r) => [r.action, r.actorId, r.actorLabel])).toEqual(
      ["create", "update", "retract", "restore"].map((action) => [action, actor.id, actor.label]),
    );
  });
});

describe("supersede, withdraw and revert", () => {
  it.each(refused)("are refused to %s", async (_who, actor, code) => {
    const position = await newPosition();
    const { partyId: _p, issueId: _i, ...statement } = toPositionInput(position);
    await appError(supersedePosition({ id: position.id, version: 1, input: { ...statement, statedOn: "2025-06" }, actor }), code);
    await appError(withdrawPosition({ id: position.id, version: 1, withdrawnOn: "2025-06-01", actor }), code);
    const [created] = await revisionsOf(position.id);
    await appError(revertToRevision({ revisionId: created!.id, version: 1, actor }), code);
    expect(await revisionsOf(position.id)).toHaveLength(1);
  });

  it.each(allowed)("are allowed to %s", async (_who, actor) => {
    const position = await newPosition();
    const { partyId: _p, issueId: _i, ...statement } = toPositionInput(position);
    const { position: next } = await supersedePosition({ id: position.id, version: 1, input: { ...statement, statedOn: "2025-06" }, actor });
    await withdrawPosition({ id: next.id, version: 1, withdrawnOn: "2025-06-02", actor });
    const [created] = await revisionsOf(next.id);
    await revertToRevision({ revisionId: created!.id, version: 2, actor });
    expect((await revisionsOf(next.id)).map((r) => r.actorLabel)).toEqual([actor.label, actor.label, actor.label]);
  });

  it("checks permission before anything else: a refused caller learns nothing about the record", async () => {
    await appError(revertToRevision({ revisionId: "no-such-revision", version: 1, actor: null }), "unauthenticated");
    await appError(withdrawPosition({ id: "no-such-position", version: 1, withdrawnOn: "nonsense", actor: readToken }), "forbidden");
  });
});
