import { z } from "zod";
import { partyList, shortText, textList } from "./shared";

export const guaranteeTypes = ["collective-defence", "assistance", "assurances", "none"] as const;
export const forceTimings = ["after-ceasefire", "after-settlement"] as const;

/**
 * Security guarantees (docs/comparison-rules.md, "security guarantees"): what is promised and
 * by whom, and whether foreign forces may be deployed to back it, by whom. `guarantee` says
 * what is promised (collective defence, assistance short of defence, assurances, nothing);
 * how many promise it is the guarantors list. A party the statement says will not guarantee,
 * or will not send forces, is named too: a plain list cannot say "not this party".
 */
export const securityGuaranteesTerms = z.strictObject({
  guarantee: z.enum(guaranteeTypes).optional(),
  guarantors: partyList.optional(),
  nonGuarantors: partyList.optional(),
  durationYears: z.int().positive().max(200).optional(),
  ratifiedBy: shortText.optional(),
  triggers: shortText.optional(),
  foreignForcesAllowed: z.boolean().optional(),
  forceContributors: partyList.optional(),
  forceNonContributors: partyList.optional(),
  forceTiming: z.enum(forceTimings).optional(),
  preconditions: textList.optional(),
});
export type SecurityGuaranteesTerms = z.infer<typeof securityGuaranteesTerms>;
