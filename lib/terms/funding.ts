import { z } from "zod";
import { areaList, partyList, shortText, textList } from "./shared";

/**
 * Money for reconstruction or compensation (docs/comparison-rules.md, "funding"): how much,
 * over how many years, who pays and who will not, who administers it and where it comes
 * from (one wording per body), the plans a party backs or rejects (one wording per plan),
 * the areas it may go to and not, and the conditions set before it flows.
 */
export const fundingTerms = z
  .strictObject({
    amountUsd: z.number().positive().max(1e13).optional(),
    durationYears: z.int().positive().max(100).optional(),
    payers: partyList.optional(),
    declinedPayers: partyList.optional(),
    administeredBy: shortText.optional(),
    source: shortText.optional(),
    endorsedPlans: textList.optional(),
    rejectedPlans: textList.optional(),
    areas: areaList.optional(),
    excludedAreas: areaList.optional(),
    preconditions: textList.optional(),
  })
  .superRefine((terms, ctx) => {
    if (terms.payers?.some((p) => terms.declinedPayers?.includes(p))) {
      ctx.addIssue({ code: "custom", path: ["declinedPayers"], message: "A party cannot both pay and decline to pay" });
    }
    if (terms.endorsedPlans?.some((p) => terms.rejectedPlans?.includes(p))) {
      ctx.addIssue({ code: "custom", path: ["rejectedPlans"], message: "A plan cannot be both backed and rejected" });
    }
    if (terms.areas?.some((a) => terms.excludedAreas?.includes(a))) {
      ctx.addIssue({ code: "custom", path: ["excludedAreas"], message: "An area cannot be both funded and excluded" });
    }
  });
export type FundingTerms = z.infer<typeof fundingTerms>;
