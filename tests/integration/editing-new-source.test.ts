// A position form that cites a source typed in on the spot ("Cite a new source") saves the
// source and the position in one transaction: when the position's save loses to another
// editor's, no source is left behind, and the conflict screen shows the new source as typed.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { idleEditForm } from "@/lib/forms/form-state";
import { positionFromFields, positionToFields } from "@/lib/positions/position-form-fields";
import { positionErrorState, savePositionCitingNewSource } from "@/lib/forms/position-save";
import { toPositionInput } from "@/lib/positions/position-input";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { updatePosition } from "@/lib/positions/update-position";
import { appError, editor, newPosition, unique } from "../support/editing";

afterAll(() => db.$disconnect());

const KIND = "ceasefire" as const;

async function formCitingNewSource() {
  const position = await newPosition();
  const title = `Inline report ${unique()}`;
  const values = {
    ...positionToFields(position, KIND),
    termsKind: KIND,
    "newSource.outlet": "Wire",
    "newSource.title": title,
    "newSource.url": `https://example.org/${unique("inline-report")}`,
    "newSource.attribution": "analyst",
  };
  return { position, title, values, assembled: positionFromFields(values, KIND) };
}

const sourcesTitled = (title: string) => db.source.count({ where: { title } });

describe("a position saved citing a new source", () => {
  it("leaves no source behind when the save loses a race, and shows the source as typed", async () => {
    const { position, title, values, assembled } = await formCitingNewSource();
    await updatePosition({ id: position.id, version: 1, input: { ...toPositionInput(position), summary: "Someone else's summary" }, actor: editor });

    const save = (version: number) =>
      savePositionCitingNewSource({ assembled, kind: KIND, actor: editor, save: (input) => updatePosition({ id: position.id, version, input, actor: editor }) });
    const conflict = await appError(save(1), "conflict");
    expect(await sourcesTitled(title)).toBe(0);

    const state = await positionErrorState(conflict, { previous: idleEditForm, values, assembled, version: 1 });
    expect(state.status).toBe("conflict");
    expect(state.values?.["newSource.title"]).toBe(title);
    expect(state.conflict?.rows.find((r) => r.label === "Sources cited")?.yours).toContain(`New source: Wire: ${title}`);

    // Saved again from the version now stored: one source, cited once.
    await save(2);
    const created = await db.source.findMany({ where: { title }, select: { id: true } });
    expect(created).toHaveLength(1);
    expect(await db.citation.count({ where: { positionId: position.id, sourceId: created[0]!.id } })).toBe(1);
  });

  it("leaves no source behind when a new statement cannot be recorded", async () => {
    const { position, title, assembled } = await formCitingNewSource();
    await appError(
      savePositionCitingNewSource({
        assembled,
        kind: KIND,
        actor: editor,
        save: ({ partyId: _p, issueId: _i, withdrawnOn: _w, ...input }) =>
          supersedePosition({ id: position.id, version: 1, input: { ...input, statedOn: "2000-01-01" }, actor: editor }),
      }),
      "validation",
    );
    expect(await sourcesTitled(title)).toBe(0);
  });
});
