import { describe, expect, it } from "vitest";
import { arrangePointRows } from "@/lib/plan-points/arrange-point-rows";
import type { PointRow } from "@/lib/plan-points/plan-point-form-fields";

const row = (number: string, id = `id-${number}`): PointRow => ({
  id, version: id ? "1" : "", number, numberPrinted: true, summary: `Point ${number}.`, issueIds: [], revisesId: "", change: "", changeNote: "",
});
const numbers = (rows: PointRow[]) => rows.map((r) => r.number);

describe("arrangePointRows", () => {
  it("adds pasted numbered lines as new rows after the existing ones", () => {
    const result = arrangePointRows([row("1")], "split", "2. Two.\n3. Three.")!;
    expect(numbers(result.rows)).toEqual(["1", "2", "3"]);
    expect(result.rows[2]).toMatchObject({ id: "", summary: "Three.", numberPrinted: true });
    expect(result.message).toMatch(/^2 numbered lines were added/);
  });

  it("says when the pasted text has no numbered line, and changes nothing", () => {
    const rows = [row("1")];
    const result = arrangePointRows(rows, "split", "no numbers here")!;
    expect(result.rows).toBe(rows);
    expect(result.message).toMatch(/No numbered line/);
  });

  it("moves a row up or down, and refuses to move past either end", () => {
    const rows = [row("1"), row("2"), row("3")];
    expect(numbers(arrangePointRows(rows, "up:2", "")!.rows)).toEqual(["1", "3", "2"]);
    expect(numbers(arrangePointRows(rows, "down:0", "")!.rows)).toEqual(["2", "1", "3"]);
    expect(arrangePointRows(rows, "up:0", "")).toBeNull();
    expect(arrangePointRows(rows, "down:2", "")).toBeNull();
  });

  it("says which button to focus next: the moved row's own, the same way while it can go on", () => {
    const rows = [row("1"), row("2"), row("3")];
    expect(arrangePointRows(rows, "up:2", "")!.focus).toBe("up:1");
    // At the top it can only go down again.
    expect(arrangePointRows(rows, "up:1", "")!.focus).toBe("down:0");
    expect(arrangePointRows(rows, "down:0", "")!.focus).toBe("down:1");
    expect(arrangePointRows(rows, "down:1", "")!.focus).toBe("up:2");
    // After a removal, the row now in its place; none when one row is left.
    expect(arrangePointRows([row("1"), row("2", ""), row("3")], "remove:1", "")!.focus).toBe("up:1");
    expect(arrangePointRows([row("1"), row("2", "")], "remove:1", "")!.focus).toBeUndefined();
  });

  it("renumbers the rows 1 to n in their order", () => {
    expect(numbers(arrangePointRows([row("4a"), row("II"), row("9")], "renumber", "")!.rows)).toEqual(["1", "2", "3"]);
  });

  it("removes a row not yet saved, never a saved point (it is retracted on its own page)", () => {
    const rows = [row("1"), row("2", "")];
    expect(numbers(arrangePointRows(rows, "remove:1", "")!.rows)).toEqual(["1"]);
    expect(arrangePointRows(rows, "remove:0", "")).toBeNull();
    expect(arrangePointRows(rows, "explode", "")).toBeNull();
  });
});
