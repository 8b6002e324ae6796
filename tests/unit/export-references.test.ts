import { describe, expect, it } from "vitest";
import { supersessionOrder } from "@/lib/positions/supersession-order";

const p = (id: string, supersededById: string | null = null) => ({ id, supersededById });

describe("supersessionOrder", () => {
  it("puts each position after the one that superseded it, whatever the input order", () => {
    const rows = [p("a", "b"), p("b", "c"), p("x"), p("c"), p("d", "c")];
    const order = supersessionOrder(rows)!.map((r) => r.id);
    expect(order).toHaveLength(rows.length);
    expect(new Set(order)).toEqual(new Set(rows.map((r) => r.id)));
    for (const row of rows) {
      if (row.supersededById) expect(order.indexOf(row.supersededById)).toBeLessThan(order.indexOf(row.id));
    }
  });

  it("returns null when the links loop", () => {
    expect(supersessionOrder([p("a", "b"), p("b", "a")])).toBeNull();
    expect(supersessionOrder([p("a", "a")])).toBeNull();
  });

  it("leaves positions pointing outside the list where they are (the reference check reports those)", () => {
    expect(supersessionOrder([p("a", "missing"), p("b")])!.map((r) => r.id)).toEqual(["a", "b"]);
  });
});
