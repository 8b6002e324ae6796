import type { Prisma } from "@/lib/db/client";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { notRetracted } from "@/lib/records/visible";

/** Readers see an area unless it or its negotiation is retracted. */
export const visibleArea = { ...notRetracted, negotiation: visibleNegotiation } as const satisfies Prisma.AreaWhereInput;
