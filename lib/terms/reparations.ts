import { z } from "zod";

export const reparationsOptions = ["demanded", "waiver-demanded", "undecided"] as const;
export const frozenAssetsOptions = ["reconstruction", "return", "keep-frozen", "undecided"] as const;

export const reparationsTerms = z.strictObject({
  reparations: z.enum(reparationsOptions).optional(),
  frozenAssets: z.enum(frozenAssetsOptions).optional(),
});
export type ReparationsTerms = z.infer<typeof reparationsTerms>;
