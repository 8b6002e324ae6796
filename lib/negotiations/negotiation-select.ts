import type { Prisma } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";
import { visibleParty } from "@/lib/parties/party-visibility";

// The parts of a negotiation every reading page of it shows, selected one way: its seats
// (parties readers may see, in the negotiation's order) and its issues (in matrix order).

/** The negotiation's seated parties readers may see, in order, each with the party fields asked for. */
export function seatsSelect<S extends Prisma.PartySelect>(party: S) {
  return {
    where: { party: visibleParty },
    orderBy: { order: "asc" },
    select: { role: true, party: { select: party } },
  } as const satisfies Prisma.Negotiation$partiesArgs;
}

/** The negotiation's issues readers may see, in matrix order. */
export const issuesSelect = {
  where: notRetracted,
  orderBy: [{ order: "asc" }, { name: "asc" }],
  select: { id: true, slug: true, name: true, kind: true },
} as const satisfies Prisma.Negotiation$issuesArgs;
