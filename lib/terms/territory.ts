// Territorial claims in words that fit any conflict (docs/comparison-rules.md, "territory"):
// for an area of the negotiation, the outcome a party wants. Areas and parties are named by
// their slugs; whether they exist in the position's negotiation is checked when a position
// is saved (lib/positions/check-term-references.ts), since the shape alone cannot know.
import { z } from "zod";

/** The fields that tell a statement's territorial claims apart, for diffs; "region" as older revisions hold them. */
export const TERRITORY_CLAIM_KEYS = ["area", "region"] as const;

/** The area slug that stands for every area a statement does not name. */
export const ALL_AREAS = "all";

export const territoryOutcomes = ["held-by", "frozen-line", "demilitarised", "international", "withdrawal", "undecided"] as const;
export type TerritoryOutcome = (typeof territoryOutcomes)[number];

export const recognitions = ["de-jure", "de-facto", "none"] as const;
export type Recognition = (typeof recognitions)[number];

/** Outcomes that name a party: who holds the area, or whose forces leave it. */
export const outcomesWithParty: ReadonlySet<TerritoryOutcome> = new Set(["held-by", "withdrawal"]);

const slug = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .min(1, `Choose ${what}`)
    .max(80, `That is not the slug of ${what}`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `That is not the slug of ${what}`);

export const territorialClaim = z
  .strictObject({
    area: slug("an area"),
    outcome: z.enum(territoryOutcomes, { error: `Choose an outcome: ${territoryOutcomes.join(", ")}` }),
    party: slug("a party").optional(),
    recognition: z.enum(recognitions, { error: `Choose a recognition: ${recognitions.join(", ")}` }).optional(),
  })
  .superRefine((claim, ctx) => {
    const named = outcomesWithParty.has(claim.outcome);
    if (named && claim.party === undefined) {
      const message = claim.outcome === "held-by" ? "Say which party would hold the area" : "Say whose forces would withdraw";
      ctx.addIssue({ code: "custom", path: ["party"], message });
    }
    if (!named && claim.party !== undefined) {
      ctx.addIssue({ code: "custom", path: ["party"], message: "Only a claim that a party holds the area, or that its forces withdraw, names a party" });
    }
    if (claim.recognition !== undefined && claim.outcome !== "held-by") {
      ctx.addIssue({ code: "custom", path: ["recognition"], message: "Only a claim that a party holds the area says how its holding is recognised" });
    }
  });
export type TerritorialClaim = z.infer<typeof territorialClaim>;

export const territoryTerms = z.strictObject({
  claims: z
    .array(territorialClaim)
    .max(500)
    .superRefine((claims, ctx) => {
      const seen = new Set<string>();
      claims.forEach((claim, i) => {
        if (seen.has(claim.area)) ctx.addIssue({ code: "custom", path: [i, "area"], message: "Each area may have only one claim" });
        seen.add(claim.area);
      });
    }),
});
export type TerritoryTerms = z.infer<typeof territoryTerms>;
