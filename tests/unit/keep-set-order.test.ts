import { describe, expect, it } from "vitest";
import { keepSetOrder } from "@/lib/terms/keep-set-order";

describe("lists the terms name as sets", () => {
  it("keep the stored order when they hold the same members", () => {
    expect(keepSetOrder({ categories: ["soldiers", "remains", "children"] }, { categories: ["children", "soldiers", "remains"] })).toEqual({
      categories: ["children", "soldiers", "remains"],
    });
    // Nested, as a side's or a claim's fields are.
    expect(keepSetOrder({ guarantee: { guarantors: ["freedonia", "borduria"] } }, { guarantee: { guarantors: ["borduria", "freedonia"] } })).toEqual({
      guarantee: { guarantors: ["borduria", "freedonia"] },
    });
  });

  it("take the order given when the members differ, or when the list is free text", () => {
    expect(keepSetOrder({ categories: ["soldiers", "remains"] }, { categories: ["remains", "children"] })).toEqual({ categories: ["soldiers", "remains"] });
    expect(keepSetOrder({ categories: ["soldiers", "remains"] }, { categories: ["remains"] })).toEqual({ categories: ["soldiers", "remains"] });
    expect(keepSetOrder({ preconditions: ["Talks first", "Then a truce"] }, { preconditions: ["Then a truce", "Talks first"] })).toEqual({
      preconditions: ["Talks first", "Then a truce"],
    });
    // A list of objects (territorial claims) keeps the order given.
    const claims = [{ area: "north-province", outcome: "frozen-line" }, { area: "river-zone", outcome: "withdrawal", party: "borduria" }];
    expect(keepSetOrder({ claims }, { claims: [claims[1], claims[0]] })).toEqual({ claims });
    expect(keepSetOrder({ categories: ["soldiers"] }, null)).toEqual({ categories: ["soldiers"] });
  });
});
