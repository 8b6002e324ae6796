import { z } from "zod";
import { planStatus } from "@/lib/vocab";
import { links, negotiationRef, pageQuery, partialDateText, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const planItem = z
  .object({
    ...recordMeta,
    negotiationId: z.string(),
    title: z.string(),
    date: partialDateText.meta({ description: "When it was tabled or published, at the precision known" }),
    status: planStatus,
    summary: z.string(),
    notes: z.string().nullable().meta({ description: "Editorial notes: gaps in what is known, disagreements between sources" }),
    pointCount: z.int().nullable().meta({ description: "How many points the document has, as reported; null when not known" }),
    previousVersionId: z.string().nullable().meta({ description: "The plan this one revises or answers" }),
    authorIds: z.array(z.string()).meta({ description: "The author parties, the lead author first" }),
    sourceIds: z.array(z.string()),
    droppedPoints: z
      .array(z.object({ pointId: z.string(), note: z.string().nullable() }))
      .meta({ description: "Points of the previous version this plan leaves out, with what the sources say" }),
    negotiation: negotiationRef,
    links: links({ html: z.string(), history: z.string(), points: z.string() }),
  })
  .meta({ description: "A document tabled in a negotiation, made of numbered points (see plan-points)" });
export type PlanItem = z.infer<typeof planItem>;

export const planListQuery = pageQuery.extend({
  negotiation: refFilter("negotiation").optional(),
  party: refFilter("party").optional().meta({ description: "Only plans this party wrote or co-wrote (id or slug)" }),
  issue: refFilter("issue").optional().meta({ description: "Only plans with a point touching this issue (id or slug)" }),
  status: planStatus.optional().meta({ description: "Only plans with this status" }),
  q: textFilter.optional(),
});
export type PlanListQuery = z.infer<typeof planListQuery>;
