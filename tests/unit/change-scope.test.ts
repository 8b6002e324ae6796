// The change signal's scopes (lib/cache/change-scope.ts): what overlaps, and how a payload reads.
import { describe, expect, it } from "vitest";
import { decodeScope, encodeScope, EVERYTHING, overlaps, scopeOf, unionOf } from "@/lib/cache/change-scope";

describe("change scopes", () => {
  it("overlap on a shared negotiation or record, and always when either is everything", () => {
    const page = scopeOf({ negotiations: ["ruritania"], records: ["party:north"] });
    expect(overlaps(scopeOf({ negotiations: ["ruritania"] }), page)).toBe(true);
    expect(overlaps(scopeOf({ records: ["party:north"] }), page)).toBe(true);
    expect(overlaps(scopeOf({ negotiations: ["elbonia"], records: ["party:south"] }), page)).toBe(false);
    expect(overlaps(EVERYTHING, page)).toBe(true);
    expect(overlaps(scopeOf({}), EVERYTHING)).toBe(true);
  });

  it("read back as written, and anything unreadable as everything", () => {
    const scope = scopeOf({ negotiations: ["ruritania"], records: ["position:1"] });
    expect(decodeScope(encodeScope(scope))).toEqual(scope);
    for (const payload of ["", "scoped", "{", "null", '{"negotiations":[1]}', '{"everything":true}']) {
      expect(decodeScope(payload).everything, payload).toBe(true);
    }
  });

  it("say everything when too large for a notification", () => {
    const huge = scopeOf({ records: Array.from({ length: 1_000 }, (_, i) => `position:${i}-abcdefghij`) });
    expect(decodeScope(encodeScope(huge)).everything).toBe(true);
  });

  it("join into one", () => {
    expect(unionOf([scopeOf({ negotiations: ["a"] }), scopeOf({ records: ["x:1"] })])).toEqual(scopeOf({ negotiations: ["a"], records: ["x:1"] }));
    expect(unionOf([scopeOf({ negotiations: ["a"] }), EVERYTHING]).everything).toBe(true);
  });
});
