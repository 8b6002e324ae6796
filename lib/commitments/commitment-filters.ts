import type { Prisma } from "@/lib/db/client";
import { visibleCommitment } from "./commitment-visibility";

/** The commitments page's filters, by slug: one negotiation's, one party's. */
export type CommitmentFilters = { negotiationSlug?: string; partySlug?: string };

/** Commitments readers may see, within the filters given, as `AND` terms. */
export function commitmentFilters({ negotiationSlug, partySlug }: CommitmentFilters): Prisma.CommitmentWhereInput[] {
  return [
    visibleCommitment,
    negotiationSlug ? { negotiation: { slug: negotiationSlug } } : {},
    partySlug ? { parties: { some: { party: { slug: partySlug } } } } : {},
  ];
}
