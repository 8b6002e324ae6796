import { z } from "zod";

export const regions = [
  "crimea",
  "sevastopol",
  "donetsk",
  "luhansk",
  "zaporizhzhia",
  "kherson",
  "kharkiv",
  "sumy",
  "dnipropetrovsk",
  "mykolaiv",
  "other",
  // Every occupied region the statement does not name separately.
  "all",
] as const;

export const territorialClaims = [
  "recognised-russian-de-jure",
  "recognised-russian-de-facto",
  "ukrainian-withdrawal",
  "freeze-at-line",
  "demilitarised-zone",
  "russian-withdrawal",
  "return-to-ukraine",
  "undecided",
] as const;

export const region = z.enum(regions);
export type Region = z.infer<typeof region>;
export const territorialClaim = z.enum(territorialClaims);
export type TerritorialClaim = z.infer<typeof territorialClaim>;

export const territoryTerms = z.strictObject({
  claims: z
    .array(z.strictObject({ region, claim: territorialClaim }))
    .max(regions.length)
    .refine((claims) => new Set(claims.map((c) => c.region)).size === claims.length, {
      error: "Each region may have only one claim",
    }),
});
export type TerritoryTerms = z.infer<typeof territoryTerms>;
