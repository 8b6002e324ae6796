import { describe, expect, it } from "vitest";
import { canonicalChangesQuery, changesInput, changesQuery, changesRange } from "@/lib/compare/changes-params";

describe("what-changed URL state", () => {
  it("accepts two real dates in order, a party and an issue", () => {
    expect(changesInput.parse({ from: "2025-05-01", to: "2025-06-30", party: "ruritania", issue: "territory" })).toEqual({
      from: "2025-05-01",
      to: "2025-06-30",
      party: "ruritania",
      issue: "territory",
    });
    expect(changesInput.parse({ from: "", to: ["2025-06-30"], party: "" })).toEqual({ to: "2025-06-30" });
  });

  it("refuses dates that do not exist, other formats, and a start after the end", () => {
    for (const bad of [{ from: "2022-02-30" }, { to: "abc" }, { from: "2025-05" }, { from: "2025-06-02", to: "2025-06-01" }, { party: "Ruritania!" }]) {
      expect(changesInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("fills a missing range with the year up to today", () => {
    expect(changesRange({}, "2026-11-27")).toEqual({ from: "2025-11-27", to: "2026-11-27" });
    expect(changesRange({ to: "2024-02-29" }, "2026-11-27")).toEqual({ from: "2023-03-01", to: "2024-02-29" });
    expect(changesRange({ from: "2025-01-01" }, "2026-11-27")).toEqual({ from: "2025-01-01", to: "2026-11-27" });
    expect(changesRange({ from: "2030-01-01" }, "2026-11-27")).toEqual({ from: "2030-01-01", to: "2030-01-01" });
  });

  it("writes only the values given", () => {
    expect(changesQuery({ from: "2025-01-01", to: "2025-12-31", party: undefined, issue: "territory" })).toBe(
      "from=2025-01-01&to=2025-12-31&issue=territory",
    );
  });
});

describe("the tidy what-changed address", () => {
  it("keeps the four fields that were filled in, in one order", () => {
    expect(canonicalChangesQuery({ party: "ruritania", issue: "", to: "2025-12-31", from: "2025-01-01", utm: "x" })).toBe(
      "from=2025-01-01&to=2025-12-31&party=ruritania",
    );
    expect(canonicalChangesQuery({ from: ["2025-01-01", "2026-01-01"] })).toBe("from=2025-01-01");
    expect(canonicalChangesQuery({})).toBe("");
  });
});
