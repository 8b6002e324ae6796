import type { Prisma } from "@/lib/db/client";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { notRetracted } from "@/lib/records/visible";

/** Readers see a commitment unless it or its negotiation is retracted. */
export const visibleCommitment = { ...notRetracted, negotiation: visibleNegotiation } as const satisfies Prisma.CommitmentWhereInput;
