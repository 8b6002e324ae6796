import "server-only";
import type { Prisma } from "@/lib/db/client";
import { visibleSource } from "@/lib/sources/source-visibility";

/** The columns a reader sees of a source. */
export const sourceSelect = {
  id: true,
  outlet: true,
  title: true,
  url: true,
  publishedOn: true,
} as const satisfies Prisma.SourceSelect;

/** A position's citations a reader may see: those whose source is not retracted, in order. */
export const visibleCitations = {
  where: { source: visibleSource },
  orderBy: { order: "asc" },
  select: { id: true, attribution: true, quote: true, speaker: true, source: { select: sourceSelect } },
} as const satisfies Prisma.Position$citationsArgs;

/** An event's sources a reader may see, in order. */
export const visibleEventSources = {
  where: { source: visibleSource },
  orderBy: { order: "asc" },
  select: { source: { select: sourceSelect } },
} as const satisfies Prisma.Event$sourcesArgs;

/** A commitment's sources a reader may see, in order. */
export const visibleCommitmentSources = {
  where: { source: visibleSource },
  orderBy: { order: "asc" },
  select: { source: { select: sourceSelect } },
} as const satisfies Prisma.Commitment$sourcesArgs;

/** A plan's sources a reader may see, in order. */
export const visiblePlanSources = {
  where: { source: visibleSource },
  orderBy: { order: "asc" },
  select: { source: { select: sourceSelect } },
} as const satisfies Prisma.Plan$sourcesArgs;
