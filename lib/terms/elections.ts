import { z } from "zod";
import { shortText, textList } from "./shared";

export const electionTimings = ["before-ceasefire", "after-ceasefire", "before-settlement", "after-settlement", "not-required"] as const;

/**
 * Elections (docs/comparison-rules.md, "elections"): when, relative to a ceasefire or a
 * settlement; within how many days of what (`withinDaysFrom`, in words); and whether the
 * current leadership may sign an agreement before them.
 */
export const electionsTerms = z.strictObject({
  timing: z.enum(electionTimings).optional(),
  withinDays: z.int().positive().max(3650).optional(),
  withinDaysFrom: shortText.optional(),
  incumbentMaySign: z.boolean().optional(),
  preconditions: textList.optional(),
});
export type ElectionsTerms = z.infer<typeof electionsTerms>;
