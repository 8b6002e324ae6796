import { z } from "zod";

export const natoOptions = ["renounce", "keep-option", "seek"] as const;
export const foreignTroopsOptions = ["prohibited", "peacekeepers-only", "allowed"] as const;

export const neutralityTerms = z.strictObject({
  nato: z.enum(natoOptions).optional(),
  foreignTroops: z.enum(foreignTroopsOptions).optional(),
  nonNuclear: z.boolean().optional(),
  guaranteesRequired: z.boolean().optional(),
});
export type NeutralityTerms = z.infer<typeof neutralityTerms>;
