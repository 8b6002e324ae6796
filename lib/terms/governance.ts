import { z } from "zod";
import { partyList, shortText, textList } from "./shared";

export const administratorKinds = ["interim-body", "existing-authority", "unity-government", "international-administration", "foreign-state"] as const;

/**
 * Who governs a territory in a transition (docs/comparison-rules.md, "governance"): the body
 * that runs it day to day and the body over it (each in one wording per body, as readers
 * know it), what kind of body administers, whether it is technocratic, the bodies a party
 * refuses, the parties given a governing role (administering, overseeing or taking over at
 * the end) and the parties excluded, the transition's length and when elections come.
 */
export const governanceTerms = z
  .strictObject({
    administrator: shortText.optional(),
    administratorKind: z.enum(administratorKinds).optional(),
    technocratic: z.boolean().optional(),
    overseenBy: shortText.optional(),
    rejectedAdministrators: textList.optional(),
    governingParties: partyList.optional(),
    excluded: partyList.optional(),
    transitionMonths: z.int().positive().max(600).optional(),
    electionsWithinMonths: z.int().positive().max(600).optional(),
  })
  .superRefine((terms, ctx) => {
    if (terms.governingParties?.some((p) => terms.excluded?.includes(p))) {
      ctx.addIssue({ code: "custom", path: ["excluded"], message: "A party cannot both govern and be excluded" });
    }
    const rejected = new Set((terms.rejectedAdministrators ?? []).map((r) => r.trim().toLowerCase()));
    for (const field of ["administrator", "overseenBy"] as const) {
      const body = terms[field]?.trim().toLowerCase();
      if (body && rejected.has(body)) ctx.addIssue({ code: "custom", path: ["rejectedAdministrators"], message: "A body cannot both govern and be rejected" });
    }
  });
export type GovernanceTerms = z.infer<typeof governanceTerms>;
