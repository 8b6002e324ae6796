// The shapes the plan diff works on: plans of one negotiation with their points, as plain
// data (lib/plans/load-plan-family.ts reads them), so the rules are pure and unit-tested.
import type { PointChange } from "@/lib/vocab";

export type DiffPoint = {
  id: string;
  number: string;
  numberPrinted: boolean;
  order: number;
  summary: string;
  issueIds: string[];
  /** The point of the plan's previous version this one revises. */
  revisesId: string | null;
  change: PointChange | null;
  changeNote: string | null;
};

export type DiffPlan = {
  id: string;
  previousVersionId: string | null;
  points: DiffPoint[];
  /** Points of the previous version this plan says it leaves out, with the sources' word on why. */
  dropped: { pointId: string; note: string | null }[];
  /**
   * Whether every point of the document is recorded. False when some are not, or its count
   * is unknown: a point of another plan with no counterpart among its points may then have
   * one among those not recorded. Taken as true when not said.
   */
  wholeRecorded?: boolean;
};

/** A negotiation's plans readers may see, by id. */
export type PlanFamily = ReadonlyMap<string, DiffPlan>;
