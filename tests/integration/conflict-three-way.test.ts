// A save that lost a race is compared three ways: the version the editor started from is
// read from the revisions, each field says who changed it, and the form is refilled with
// the other editor's changes to the fields this editor left alone. Without that version in
// the history, the comparison is two-way and the form keeps what the editor typed.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { editStateFromError } from "@/lib/forms/edit-state";
import type { FieldValues } from "@/lib/forms/fields";
import { idleEditForm } from "@/lib/forms/form-state";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { sourceFromFields, sourceToFields } from "@/lib/sources/source-form-fields";
import { sourceInput, toSourceInput } from "@/lib/sources/source-input";
import type { SourceSnapshot } from "@/lib/sources/source-snapshot";
import { updateSource } from "@/lib/sources/update-source";
import { appError, editor, newSource } from "../support/editing";

afterAll(() => db.$disconnect());

/** A source retitled by another editor while this one, from version 1, changed its outlet. */
async function lostRace() {
  const source = await newSource({ outlet: "Ruritanian Wire" });
  const stored = (await getRecordSnapshot<SourceSnapshot>({ entityType: "source", id: source.id }))!;
  await updateSource({ id: source.id, version: 1, input: { ...toSourceInput(stored), title: "Talks resume in Zenda" }, actor: editor });
  const values: FieldValues = { ...sourceToFields(stored), id: source.id, version: "1", outlet: "Bordurian Herald", note: "" };
  const { input } = sourceFromFields(values);
  const error = await appError(updateSource({ id: source.id, version: 1, input, actor: editor }), "conflict");
  const state = () =>
    editStateFromError<SourceSnapshot>(error, {
      previous: idleEditForm,
      values,
      conflict: { entityType: "source", yours: input, schema: sourceInput, toInput: toSourceInput, version: 1, form: { toFields: sourceToFields, fromFields: sourceFromFields } },
    });
  return { source, state };
}

describe("the conflict screen", () => {
  it("says who changed which field since the version the editor started from, and refills the form with their change", async () => {
    const { source, state } = await lostRace();
    const { conflict, values } = await state();
    expect(conflict).toMatchObject({ version: 2, startedFrom: 1, merged: true, savedBy: editor.label });
    const row = (label: string) => conflict!.rows.find((r) => r.label === label);
    expect(row("Title")).toMatchObject({ change: "theirs", theirs: "Talks resume in Zenda" });
    expect(row("Outlet")).toMatchObject({ change: "yours", base: "Ruritanian Wire", yours: "Bordurian Herald", theirs: "Ruritanian Wire" });
    expect(values).toMatchObject({ title: "Talks resume in Zenda", outlet: "Bordurian Herald", version: "2", id: source.id });

    // Saving the refilled form keeps both editors' changes.
    await updateSource({ id: source.id, version: 2, input: sourceFromFields(values!).input, actor: editor });
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ title: "Talks resume in Zenda", outlet: "Bordurian Herald", version: 3 });
  });

  it("compares two ways, and keeps the editor's values, when the history lacks the version they started from", async () => {
    const { source, state } = await lostRace();
    await db.revision.deleteMany({ where: { entityId: source.id, action: "create" } });
    const { conflict, values } = await state();
    expect(conflict).toMatchObject({ version: 2, merged: false });
    expect(conflict!.startedFrom).toBeUndefined();
    expect(conflict!.rows.find((r) => r.label === "Title")).toEqual({ path: "title", label: "Title", yours: expect.any(String), theirs: "Talks resume in Zenda", same: false });
    expect(values).toMatchObject({ outlet: "Bordurian Herald", version: "2" });
    expect(values!.title).not.toBe("Talks resume in Zenda");
  });
});
