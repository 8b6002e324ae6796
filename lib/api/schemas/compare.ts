import { z } from "zod";
import { plural } from "@/lib/words/plural";
import { compareClasses } from "@/lib/compare";
import { splitList } from "@/lib/compare/compare-params";
import { issueKind, positionStatus, stance, termsConfidence } from "@/lib/vocab";
import { dateParam, negotiationRef, partialDateText, partyRef } from "./common";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use slugs: lowercase words joined by hyphens");

/** A comma-separated list of slugs in one parameter, as the compare page's address has it. */
const slugList = (what: string, max: number) =>
  z
    .string()
    .max(2000)
    .transform((text) => splitList(text))
    .pipe(
      z
        .array(slug)
        .min(1, `Name at least one ${what}`)
        .max(max, `Compare at most ${max} ${plural(what)} at once`)
        .refine((list) => new Set(list).size === list.length, `Each ${what} may be named only once`),
    );

export const compareQuery = z.strictObject({
  negotiation: z
    .string({ error: "Name the negotiation to compare in, by its slug" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use slugs: lowercase words joined by hyphens")
    .meta({ description: "The negotiation's slug" }),
  parties: slugList("party", 50)
    .optional()
    .meta({ description: "Party slugs, comma-separated, in the order to show them (default: all of the negotiation's parties)" }),
  issues: slugList("issue", 50)
    .optional()
    .meta({ description: "Issue slugs, comma-separated (default: all of the negotiation's issues)" }),
  asOf: dateParam("Compare the positions current on this statement date; default today's").optional(),
});
export type CompareQuery = z.infer<typeof compareQuery>;

const comparisonClass = z.enum(compareClasses);
const part = z.object({ key: z.string(), label: z.string(), class: comparisonClass, reason: z.string() });
const side = z.object({ partyId: z.string(), label: z.string() });

export const compareResult = z
  .object({
    negotiation: negotiationRef,
    asOf: z.iso.date().nullable().meta({ description: "The statement date compared; null for today's positions" }),
    parties: z.array(partyRef),
    rows: z.array(
      z.object({
        issue: z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: issueKind }),
        positions: z.array(
          z.object({
            partyId: z.string(),
            position: z
              .object({
                id: z.string(),
                stance,
                summary: z.string(),
                terms: z.record(z.string(), z.unknown()).nullable(),
                termsConfidence: termsConfidence.nullable().meta({ description: "How sure the coding of `terms` is; null when not coded" }),
                statedOn: partialDateText,
                status: positionStatus,
                links: z.object({ self: z.string() }),
              })
              .nullable()
              .meta({ description: "null when the party had stated no position on the issue (by that date)" }),
          }),
        ),
        comparison: z
          .object({
            class: comparisonClass.meta({
              description: "The worst pair's class (opposed < partly-aligned < aligned); unknown when nothing can be compared",
            }),
            reason: z.string(),
            parts: z.array(part),
            pairs: z
              .array(z.object({ a: side, b: side, class: comparisonClass, reason: z.string(), parts: z.array(part) }))
              .meta({ description: "Every pair of the parties, in the order named" }),
          }),
        coverage: z
          .object({
            parties: z.int().meta({ description: "How many parties are compared" }),
            stated: z.int().meta({ description: "How many of them have a position on the issue (by the date compared)" }),
            coded: z.int().meta({ description: "How many of those positions have structured terms coded for the issue's kind" }),
            codedPartyIds: z.array(z.string()).meta({ description: "The parties with coded terms, in the order compared" }),
            codable: z.boolean().meta({ description: "false for a general issue, whose positions carry no structured terms" }),
          })
          .meta({ description: "How many of the compared parties have coded terms: when few do, unknown means not coded yet" }),
        series: z
          .array(
            z.object({
              key: z.string(),
              label: z.string(),
              unit: z.string(),
              points: z.array(z.object({ partyId: z.string(), label: z.string(), value: z.number().nullable() })),
              range: z.object({ min: z.number(), max: z.number(), gap: z.number() }).nullable(),
            }),
          )
          .meta({ description: "Numeric terms per party (troop caps, ceasefire length, people each party releases in an exchange, years of a guarantee…), for charts" }),
      }),
    ),
  })
  .meta({ description: "Parties side by side on each issue, with the comparison rules' verdict" });
export type CompareResult = z.infer<typeof compareResult>;
