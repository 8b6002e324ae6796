import { z } from "zod";
import { shortText, textList } from "./shared";

export const aidAccessLevels = ["unimpeded", "increased", "restricted", "halted"] as const;

/** Areas named by slug, each once (the crossings aid enters by). */
const areaList = z
  .array(
    z
      .string({ error: "Choose an area" })
      .min(1, "Choose an area")
      .max(80, "That is not the slug of an area")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "That is not the slug of an area"),
  )
  .max(50)
  .refine((list) => new Set(list).size === list.length, "Name each area once");

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
