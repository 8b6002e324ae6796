import type { Prisma } from "@/lib/db/client";

/** What a dated statement shows in a list (components/statement-item.tsx): stance, date, status, summary. */
export const statementSelect = {
  id: true,
  stance: true,
  summary: true,
  status: true,
  statedOn: true,
  statedOnPrecision: true,
} as const satisfies Prisma.PositionSelect;
