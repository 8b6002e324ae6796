import type { Prisma } from "@/lib/db/client";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { notRetracted } from "@/lib/records/visible";

/** Readers see an event unless it or its negotiation is retracted. */
export const visibleEvent = { ...notRetracted, negotiation: visibleNegotiation } as const satisfies Prisma.EventWhereInput;
