import type { Prisma } from "@/lib/db/client";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { notRetracted } from "@/lib/records/visible";

/** Readers see a position unless it, its party, its issue or the issue's negotiation is retracted. */
export const visiblePosition = { ...notRetracted, party: visibleParty, issue: visibleIssue } as const satisfies Prisma.PositionWhereInput;
