import type { Prisma } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";

/** Readers see a source unless it is retracted (what cites it may still be shown, without it). */
export const visibleSource = notRetracted satisfies Prisma.SourceWhereInput;
