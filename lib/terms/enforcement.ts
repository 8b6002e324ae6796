import { z } from "zod";
import { partyList, shortText, textList } from "./shared";

export const enforcementForms = ["signed-declaration", "assurances", "resolution", "treaty"] as const;
export const violationResponses = ["resumed-force", "sanctions", "mediation", "none"] as const;

/**
 * Enforcing an agreement (docs/comparison-rules.md, "enforcement"), as distinct from a
 * state's security guarantees: who guarantees the deal and in what form, whose compliance is
 * at stake, what is guaranteed (one wording each), who monitors it and with how many
 * people, and what follows a breach or a rejection, carried out by whom.
 */
export const enforcementTerms = z.strictObject({
  guarantors: partyList.optional(),
  form: z.enum(enforcementForms).optional(),
  appliesTo: partyList.optional(),
  guaranteed: textList.optional(),
  monitoring: shortText.optional(),
  monitors: partyList.optional(),
  monitorCount: z.int().positive().max(1_000_000).optional(),
  onViolation: z.enum(violationResponses).optional(),
  enforcedBy: partyList.optional(),
});
export type EnforcementTerms = z.infer<typeof enforcementTerms>;
