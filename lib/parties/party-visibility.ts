import type { Prisma } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";

/** Readers see a party unless it is retracted. */
export const visibleParty = notRetracted satisfies Prisma.PartyWhereInput;
