// The conflict screen compares three versions: the one the editor started from, theirs as
// submitted and the one saved meanwhile. Each field says who changed it, and the form is
// refilled so a second save keeps the other editor's changes to fields this editor left alone.
import { describe, expect, it } from "vitest";
import { eventInput, toEventInput } from "@/lib/events/event-input";
import { eventFromFields, eventToFields } from "@/lib/events/event-form-fields";
import type { EventSnapshot } from "@/lib/events/event-snapshot";
import { compareInputs } from "@/lib/forms/describe-input";
import type { FieldValues } from "@/lib/forms/fields";
import { mergeTheirChanges, takeFields } from "@/lib/forms/merge-fields";
import { classifyChange, summariseChanges } from "@/lib/forms/three-way";

const started: EventSnapshot = {
  id: "e1",
  version: 1,
  retractedAt: null,
  createdAt: "2025-05-16T00:00:00.000Z",
  updatedAt: "2025-05-16T00:00:00.000Z",
  negotiationId: "n1",
  slug: "strelsau-talks",
  name: "Strelsau talks",
  date: "2025-05-16T00:00:00.000Z",
  datePrecision: "day",
  location: "Strelsau",
  summary: "Delegations of Ruritania and Borduria met.",
  participantIds: ["p1", "p2"],
  sourceIds: ["s1"],
};
/** The other editor moved the talks; this editor rewrote what happened. */
const saved: EventSnapshot = { ...started, version: 2, location: "Zenda" };
const mine: FieldValues = { ...eventToFields(started), id: "e1", version: "1", summary: "They agreed a prisoner exchange.", note: "" };

const input = (e: EventSnapshot) => eventInput.parse(toEventInput(e)) as Record<string, unknown>;
const yoursInput = () => eventInput.parse(eventFromFields(mine).input) as Record<string, unknown>;
const rowsOf = (base: Record<string, unknown>, unrecorded?: Set<string>) =>
  compareInputs(yoursInput(), input(saved), {}, { input: base, unrecorded });
const change = (rows: ReturnType<typeof rowsOf>, label: string) => rows.find((r) => r.label === label)?.change;

describe("who changed a field", () => {
  it("tells apart nobody, you, them, and both alike or differently", () => {
    expect(classifyChange("a", "a", "a")).toBe("none");
    expect(classifyChange("a", "b", "a")).toBe("yours");
    expect(classifyChange("a", "a", "b")).toBe("theirs");
    expect(classifyChange("a", "b", "b")).toBe("both-same");
    expect(classifyChange("a", "b", "c")).toBe("both-different");
    expect(classifyChange(undefined, "b", "c")).toBe("unrecorded");
  });

  it("classifies each field of an edit form against the version it started from", () => {
    const rows = rowsOf(input(started));
    expect(change(rows, "Place")).toBe("theirs");
    expect(change(rows, "Summary")).toBe("yours");
    expect(change(rows, "Name")).toBe("none");
    expect(rows.find((r) => r.label === "Place")).toMatchObject({ base: "Strelsau", yours: "Strelsau", theirs: "Zenda", same: false, path: "location" });
    expect(summariseChanges(rows)).toBe("They changed Place; you changed Summary; no field was changed by both.");
  });

  it("says when both changed a field, and whether alike", () => {
    const bothMoved = compareInputs({ ...yoursInput(), location: "Zenda" }, input(saved), {}, { input: input(started) });
    expect(change(bothMoved, "Place")).toBe("both-same");
    const apart = compareInputs({ ...yoursInput(), location: "Hentzau" }, input(saved), {}, { input: input(started) });
    expect(change(apart, "Place")).toBe("both-different");
    expect(summariseChanges(apart)).toBe("They changed no field you left alone; you changed Summary; you both changed Place, differently.");
  });

  it("compares a field the started version does not record two ways only", () => {
    const rows = rowsOf(input(started), new Set(["participantIds"]));
    expect(rows.find((r) => r.label === "Participants")).toMatchObject({ change: "unrecorded", base: undefined, same: true });
  });

  it("is two-way without the version started from", () => {
    const rows = compareInputs(yoursInput(), input(saved), {});
    expect(rows.find((r) => r.label === "Place")).toEqual({ path: "location", label: "Place", yours: "Strelsau", theirs: "Zenda", same: false });
    expect(summariseChanges(rows)).toBeNull();
  });
});

describe("the form after a conflict", () => {
  const reassemble = (fields: FieldValues) => eventInput.parse(eventFromFields(fields).input) as Record<string, unknown>;

  it("takes their value for a field only they changed and keeps yours elsewhere", () => {
    const merged = mergeTheirChanges({ rows: rowsOf(input(started)), yours: mine, theirs: eventToFields(saved), reassemble, names: {} });
    expect(merged).toMatchObject({ location: "Zenda", summary: "They agreed a prisoner exchange.", id: "e1", note: "" });
    expect(eventFromFields(merged!).input).toMatchObject({ location: "Zenda", summary: "They agreed a prisoner exchange.", participantIds: ["p1", "p2"], sourceIds: ["s1"] });
  });

  it("swaps a list held in rows whole, dropping the rows it no longer has", () => {
    const fewer: EventSnapshot = { ...saved, sourceIds: ["s2"] };
    const yours = { ...mine, "sourceIds.0": "s1", "sourceIds.1": "" };
    expect(takeFields(yours, eventToFields(fewer), ["sourceIds"])).toMatchObject({ "sourceIds.0": "s2" });
    expect(takeFields(yours, eventToFields(fewer), ["sourceIds"])).not.toHaveProperty("sourceIds.1");
    expect(takeFields({ ...yours, sourceIdsNote: "kept" }, eventToFields(fewer), ["sourceIds"])).toHaveProperty("sourceIdsNote", "kept");
  });

  it("keeps yours when both changed a field, and merges nothing when they changed nothing you left alone", () => {
    const apart = compareInputs({ ...yoursInput(), location: "Hentzau" }, input(saved), {}, { input: input(started) });
    expect(mergeTheirChanges({ rows: apart, yours: { ...mine, location: "Hentzau" }, theirs: eventToFields(saved), reassemble, names: {} })).toBeNull();
  });

  it("refuses to merge when the form would not read back as promised", () => {
    const losesPlace = (fields: FieldValues) => ({ ...reassemble(fields), location: "Strelsau" });
    expect(mergeTheirChanges({ rows: rowsOf(input(started)), yours: mine, theirs: eventToFields(saved), reassemble: losesPlace, names: {} })).toBeNull();
  });
});
