import { z } from "zod";
import { shortText } from "./shared";

export const membershipStances = ["allowed", "blocked", "conditional"] as const;

/** Joining an organisation (docs/comparison-rules.md, "membership"). */
export const membershipTerms = z.strictObject({
  organisation: shortText.optional(),
  membership: z.enum(membershipStances).optional(),
  timelineYears: z.int().positive().max(100).optional(),
});
export type MembershipTerms = z.infer<typeof membershipTerms>;
