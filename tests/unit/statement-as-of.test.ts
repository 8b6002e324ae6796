import { describe, expect, it } from "vitest";
import { statementsAsOf } from "@/lib/positions/statement-as-of";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const statements = [
  { id: "a", statedOn: d("2022-03-29"), status: "superseded", withdrawnOn: null },
  { id: "b", statedOn: d("2022-04-15"), status: "withdrawn", withdrawnOn: d("2022-06-01") },
  { id: "c", statedOn: d("2025-05-16"), status: "current", withdrawnOn: null },
];

describe("statements as they stood on a date", () => {
  it("keeps only what was said by then, with the status of that day", () => {
    expect(statementsAsOf(statements, new Set(["a"]), d("2022-04-01"))).toEqual([{ ...statements[0], status: "current" }]);
    expect(statementsAsOf(statements, new Set(["b"]), d("2022-05-01")).map((s) => [s.id, s.status, s.withdrawnOn])).toEqual([
      ["a", "superseded", null],
      ["b", "current", null],
    ]);
  });

  it("shows a withdrawal only once it has happened", () => {
    expect(statementsAsOf(statements, new Set(["a"]), d("2022-07-01")).map((s) => [s.id, s.status, s.withdrawnOn])).toEqual([
      ["a", "current", null],
      ["b", "withdrawn", d("2022-06-01")],
    ]);
  });

  it("includes a statement made on the day itself", () => {
    expect(statementsAsOf(statements, new Set(["c"]), d("2025-05-16")).map((s) => s.id)).toEqual(["a", "b", "c"]);
  });
});
