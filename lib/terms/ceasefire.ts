import { z } from "zod";
import { isoDate } from "./shared";

export const ceasefireTypes = ["unconditional", "conditional", "none"] as const;
export const ceasefireScopes = ["full", "air-sea", "energy", "black-sea", "holiday", "partial"] as const;

/** Ceasefire terms. `type: "none"` means no ceasefire before a settlement. */
export const ceasefireTerms = z.strictObject({
  type: z.enum(ceasefireTypes).optional(),
  durationDays: z.int().positive().max(36500).optional(),
  startDate: isoDate.optional(),
  scope: z.enum(ceasefireScopes).optional(),
  preconditions: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
  monitoring: z.string().trim().min(1).max(2000).optional(),
});
export type CeasefireTerms = z.infer<typeof ceasefireTerms>;
