// The parties an event's, a commitment's or a plan's form offers: with the negotiation known,
// its seated parties first in its order, every other party said to have no seat in it — an
// outside party may take part, but one from another negotiation is easy to tick by mistake.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { partyOptions } from "@/lib/forms/options";
import { newParty, seeded } from "../support/editing";

describe("the parties a form offers", () => {
  it("lists the negotiation's seated parties first, in its order, and marks every other", async () => {
    const { negotiation } = await seeded();
    const outsider = await newParty();
    const seats = await db.negotiationParty.findMany({ where: { negotiationId: negotiation.id, party: { retractedAt: null } }, orderBy: { order: "asc" }, select: { partyId: true } });
    const options = await partyOptions([], negotiation.id);
    expect(options.slice(0, seats.length).map((o) => o.value)).toEqual(seats.map((s) => s.partyId));
    expect(options.slice(0, seats.length).every((o) => !o.label.includes("no seat"))).toBe(true);
    const rest = options.slice(seats.length);
    expect(rest.map((o) => o.value)).toContain(outsider.id);
    expect(rest.every((o) => o.label.endsWith(", no seat in this negotiation"))).toBe(true);
  });

  it("lists every party alike when no negotiation is chosen yet", async () => {
    const options = await partyOptions();
    expect(options.length).toBeGreaterThan(0);
    expect(options.some((o) => o.label.includes("no seat"))).toBe(false);
  });
});
