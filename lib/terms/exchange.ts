import { z } from "zod";
import { partySlug } from "./shared";

export const exchangeFormulas = ["all-for-all", "ratio", "numbers", "unilateral", "none"] as const;
export const exchangeCategories = ["soldiers", "civilians", "children", "hostages", "remains", "prisoners"] as const;

/**
 * What one party releases: how many people, where the statement gives a figure, or all it
 * holds of the groups named ("all hostages"), where it gives no figure but says all.
 */
export const exchangeSide = z
  .strictObject({
    party: partySlug,
    count: z.int().nonnegative().max(10_000_000).optional(),
    all: z.boolean().optional(),
  })
  .refine((side) => !(side.all && side.count !== undefined), { path: ["count"], message: "Give a number or say all are released, not both" });

/**
 * An exchange of prisoners, hostages, civilians or remains (docs/comparison-rules.md,
 * "exchange"). `none` is a refusal of any exchange. Sides are compared by the party they
 * name, not by whether they are A or B.
 */
export const exchangeTerms = z
  .strictObject({
    formula: z.enum(exchangeFormulas).optional(),
    sideA: exchangeSide.optional(),
    sideB: exchangeSide.optional(),
    categories: z
      .array(z.enum(exchangeCategories))
      .max(exchangeCategories.length)
      .refine((list) => new Set(list).size === list.length, "Name each category once")
      .optional(),
    phases: z.int().positive().max(100).optional(),
  })
  .superRefine((terms, ctx) => {
    if (terms.sideA && terms.sideB && terms.sideA.party === terms.sideB.party) {
      ctx.addIssue({ code: "custom", path: ["sideB", "party"], message: "The two sides must be different parties" });
    }
  });
export type ExchangeTerms = z.infer<typeof exchangeTerms>;
