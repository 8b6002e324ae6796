import { z } from "zod";
import { shortText, textList } from "./shared";

export const recognitionSupports = ["supported", "conditional", "rejected"] as const;

/**
 * Recognition of a state or entity (docs/comparison-rules.md, "recognition"): what is to be
 * recognised (one wording per state or entity), the party's support for it, the conditions
 * set first, a timeline, and what the state would be: its borders and capital (one wording
 * each) and whether it would be demilitarised.
 */
export const recognitionTerms = z.strictObject({
  of: shortText.optional(),
  support: z.enum(recognitionSupports).optional(),
  preconditions: textList.optional(),
  timelineYears: z.int().positive().max(100).optional(),
  borders: shortText.optional(),
  capital: shortText.optional(),
  demilitarisedState: z.boolean().optional(),
});
export type RecognitionTerms = z.infer<typeof recognitionTerms>;
