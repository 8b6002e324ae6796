import { z } from "zod";
import { pointChange } from "@/lib/vocab";
import { links, pageQuery, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const planPointItem = z
  .object({
    ...recordMeta,
    planId: z.string(),
    number: z.string().meta({ description: "The number as printed (\"12\", \"4a\"), or Parley's label when numberPrinted is false" }),
    numberPrinted: z.boolean().meta({ description: "False when the document's own numbering is not known" }),
    order: z.int().meta({ description: "Place in the plan's printed order" }),
    summary: z.string().meta({ description: "The point paraphrased" }),
    issueIds: z.array(z.string()).meta({ description: "The issues of the negotiation the point touches" }),
    revisesId: z.string().nullable().meta({ description: "The point of the plan's previous version this one revises" }),
    change: pointChange.nullable().meta({ description: "Whether it keeps or changes the point it revises; null for a new point" }),
    changeNote: z.string().nullable().meta({ description: "What changed, per the sources" }),
    plan: z.object({ id: z.string(), title: z.string() }),
    links: links({ html: z.string(), history: z.string(), plan: z.string() }),
  })
  .meta({ description: "One numbered point of a plan, the issues it touches and the earlier point it revises" });
export type PlanPointItem = z.infer<typeof planPointItem>;

export const planPointListQuery = pageQuery.extend({
  plan: refFilter("plan").optional().meta({ description: "Only the points of this plan (id)" }),
  negotiation: refFilter("negotiation").optional(),
  issue: refFilter("issue").optional().meta({ description: "Only points touching this issue (id or slug)" }),
  q: textFilter.optional(),
});
export type PlanPointListQuery = z.infer<typeof planPointListQuery>;
