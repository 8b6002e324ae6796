import type { Prisma } from "@/lib/db/client";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { notRetracted } from "@/lib/records/visible";

/** Readers see a plan unless it or its negotiation is retracted. */
export const visiblePlan = { ...notRetracted, negotiation: visibleNegotiation } as const satisfies Prisma.PlanWhereInput;
