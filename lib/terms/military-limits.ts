import { z } from "zod";

const cap = z.int().nonnegative().max(10_000_000);

export const militaryLimitsTerms = z.strictObject({
  maxTroops: cap.optional(),
  maxTanks: cap.optional(),
  maxArtillery: cap.optional(),
  capsAccepted: z.boolean().optional(),
});
export type MilitaryLimitsTerms = z.infer<typeof militaryLimitsTerms>;
