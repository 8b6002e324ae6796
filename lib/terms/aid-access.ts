import { z } from "zod";
import { areaList, shortText, textList } from "./shared";

export const aidAccessLevels = ["unimpeded", "increased", "restricted", "halted"] as const;

/**
 * Humanitarian aid into a territory (docs/comparison-rules.md, "aid-access"): how freely it
 * enters, how much a day, who distributes it and who must not, and by which crossings. The
 * distributor is free text in one wording per body (as readers know it), since bodies that
 * distribute aid are seldom parties; crossings are areas of the negotiation.
 */
export const aidAccessTerms = z
  .strictObject({
    access: z.enum(aidAccessLevels).optional(),
    trucksPerDay: z.int().positive().max(100_000).optional(),
    distributor: shortText.optional(),
    rejectedDistributors: textList.optional(),
    crossings: areaList.optional(),
    allCrossings: z.boolean().optional(),
  })
  .superRefine((terms, ctx) => {
    const own = terms.distributor?.trim().toLowerCase();
    if (own && terms.rejectedDistributors?.some((d) => d.trim().toLowerCase() === own)) {
      ctx.addIssue({ code: "custom", path: ["rejectedDistributors"], message: "A distributor cannot also be rejected" });
    }
    if (terms.allCrossings && terms.crossings?.length) {
      ctx.addIssue({ code: "custom", path: ["crossings"], message: "Name crossings or say all crossings, not both" });
    }
  });
export type AidAccessTerms = z.infer<typeof aidAccessTerms>;
