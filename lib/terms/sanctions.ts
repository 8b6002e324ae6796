import { z } from "zod";
import { partyList, shortText, textList } from "./shared";

export const sanctionsReliefOptions = ["full", "phased", "partial", "none", "tighten"] as const;
export const sanctionsTimingOptions = ["at-signing", "at-ceasefire", "after-compliance"] as const;

/**
 * Sanctions terms (docs/comparison-rules.md, "sanctions"). `imposedBy` says whose sanctions a
 * position is about: lifting one party's sanctions is not lifting another's. `condition` is
 * the event relief or tightening depends on ("no peace deal"), shown in words, not compared.
 * Frozen assets belong to the reparations kind.
 */
export const sanctionsTerms = z.strictObject({
  relief: z.enum(sanctionsReliefOptions).optional(),
  timing: z.enum(sanctionsTimingOptions).optional(),
  condition: shortText.optional(),
  snapback: z.boolean().optional(),
  imposedBy: partyList.optional(),
  targets: textList.optional(),
});
export type SanctionsTerms = z.infer<typeof sanctionsTerms>;
