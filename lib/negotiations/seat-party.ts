import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { toNegotiationInput } from "./negotiation-input";
import { loadNegotiationSnapshot } from "./negotiation-snapshot";
import { updateNegotiation } from "./update-negotiation";

/**
 * Seats one more party at a negotiation's table, after those already seated. It is an
 * update of the negotiation (one revision, the same checks as its edit form and the API's
 * PATCH of `parties`): seats already there are kept, so adding one never drops another, and
 * a negotiation changed meanwhile is read again rather than overwritten.
 */
export async function seatParty({ negotiationId, partyId, role, actor, note }: {
  negotiationId: string;
  partyId: string;
  role?: string | null;
  actor: Actor | null | undefined;
  note?: string | null;
}) {
  const current = await loadNegotiationSnapshot(db, negotiationId);
  if (!current || current.retractedAt) throw new AppError("not-found", "There is no such negotiation");
  const input = toNegotiationInput(current);
  const seat = { partyId, role: role ?? null };
  return updateNegotiation({ id: current.id, version: current.version, input: { ...input, parties: [...input.parties, seat] }, actor, note });
}
