// Create, update, retract and restore for every kind of record: each writes the change and
// exactly one revision (who, when, full before/after, note) in the same transaction.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { appError, editor, newParty, revisionsOf, unique } from "../support/editing";
import { entityCases } from "../support/editing-entities";

afterAll(() => db.$disconnect());

/** The kinds that belong to one negotiation, and how their move's error names them. */
const ofOneNegotiation: Partial<Record<string, string>> = {
  issue: "An issue",
  event: "An event",
  commitment: "A commitment",
  plan: "A plan",
  area: "An area",
};

describe.each(entityCases)("$type", (entity) => {
  it("create, update, retract and restore each write one revision with the full state before and after", async () => {
    const input = await entity.input();
    const created = await entity.create({ input, actor: editor, note: "First record" });
    expect(created.version).toBe(1);
    let revisions = await revisionsOf(created.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      entityType: entity.type,
      action: "create",
      actorId: editor.id,
      actorLabel: editor.label,
      note: "First record",
      before: null,
    });
    expect(revisions[0]!.after).toEqual(created);

    const changed = await entity.change(input);
    const updated = await entity.update({ id: created.id, version: 1, input: changed, actor: editor });
    expect(updated.version).toBe(2);
    expect(updated[entity.changedField]).toEqual(changed[entity.changedField]);
    revisions = await revisionsOf(created.id);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]).toMatchObject({ action: "update", note: null, before: created, after: updated });

    const retracted = await entity.retract({ id: created.id, version: 2, actor: editor, note: "Duplicate" });
    expect(retracted.retractedAt).toEqual(expect.any(String));
    expect(retracted.version).toBe(3);

    const restored = await entity.restore({ id: created.id, version: 3, actor: editor });
    expect(restored.retractedAt).toBeNull();
    expect(restored.version).toBe(4);

    revisions = await revisionsOf(created.id);
    expect(revisions.map((r) => r.action)).toEqual(["create", "update", "retract", "restore"]);
    expect(revisions[2]).toMatchObject({ note: "Duplicate", before: updated, after: retracted });
    expect(revisions[3]).toMatchObject({ before: retracted, after: restored });

    // The history reads newest first, with the field that changed in each step.
    const history = await listRevisions({ entityType: entity.type, entityId: created.id });
    expect(history.map((r) => r.action)).toEqual(["restore", "retract", "update", "create"]);
    expect(history[2]!.changes.some((c) => c.path[0] === entity.changedField)).toBe(true);
    expect(history[1]!.changes).toEqual([{ kind: "added", path: ["retractedAt"], after: retracted.retractedAt }]);
  });

  it("saving what is already stored writes nothing", async () => {
    const input = await entity.input();
    const created = await entity.create({ input, actor: editor });
    const same = await entity.update({ id: created.id, version: 1, input, actor: editor });
    expect(same).toEqual(created);
    expect(await revisionsOf(created.id)).toHaveLength(1);
  });

  it("refuses to edit a retracted record, or to retract it twice, until it is restored", async () => {
    const input = await entity.input();
    const created = await entity.create({ input, actor: editor });
    await entity.retract({ id: created.id, version: 1, actor: editor });
    const edit = await appError(entity.update({ id: created.id, version: 2, input: await entity.change(input), actor: editor }), "conflict");
    expect(edit.message).toMatch(/retracted\. Restore it/);
    await appError(entity.retract({ id: created.id, version: 2, actor: editor }), "conflict");
    await entity.restore({ id: created.id, version: 2, actor: editor });
    await appError(entity.restore({ id: created.id, version: 3, actor: editor }), "conflict");
    expect((await revisionsOf(created.id)).map((r) => r.action)).toEqual(["create", "retract", "restore"]);
  });

  it("answers not-found for a record that does not exist", async () => {
    const input = await entity.input();
    await appError(entity.update({ id: "no-such-record", version: 1, input, actor: editor }), "not-found");
    await appError(entity.retract({ id: "no-such-record", version: 1, actor: editor }), "not-found");
  });

  it("refuses invalid input naming the field, and changes nothing", async () => {
    const input = await entity.input();
    const created = await entity.create({ input, actor: editor });
    const revisions = await db.revision.count();
    const bad = { ...input, [entity.changedField]: "\u0000".repeat(3) };
    const error = await appError(entity.update({ id: created.id, version: 1, input: bad, actor: editor }), "validation");
    expect(Object.keys(error.details.fieldErrors!)).toContain(entity.changedField);
    expect(await db.revision.count()).toBe(revisions);
    const stillThere = (await listRevisions({ entityType: entity.type, entityId: created.id }))[0]!.after;
    expect(stillThere).toEqual(created);
  });

  it.runIf(entity.type in ofOneNegotiation)("cannot move to another negotiation, and changes nothing", async () => {
    const input = await entity.input();
    const created = await entity.create({ input, actor: editor });
    const elsewhere = await createNegotiation({
      input: { slug: unique("talks"), title: "Other test talks", summary: "Another negotiation.", status: "active", parties: [{ partyId: (await newParty()).id, role: null }] },
      actor: editor,
    });
    const moved = entity.update({ id: created.id, version: 1, input: { ...input, negotiationId: elsewhere.id }, actor: editor });
    const error = await appError(moved, "validation");
    expect(error.details.fieldErrors?.negotiationId).toEqual([`${ofOneNegotiation[entity.type]} cannot move to another negotiation: create it there instead`]);
    expect(await revisionsOf(created.id)).toHaveLength(1);
  });
});
