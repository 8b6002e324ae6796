import type { Prisma } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";

/** Readers see a negotiation unless it is retracted. */
export const visibleNegotiation = notRetracted satisfies Prisma.NegotiationWhereInput;
