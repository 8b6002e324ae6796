import { z } from "zod";
import { dateParam, links, negotiationRef, pageQuery, partialDateText, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const eventItem = z
  .object({
    ...recordMeta,
    negotiationId: z.string(),
    slug: z.string(),
    name: z.string(),
    date: partialDateText,
    location: z.string().nullable(),
    summary: z.string().meta({ description: "What happened and what came of it" }),
    participantIds: z.array(z.string()),
    sourceIds: z.array(z.string()),
    negotiation: negotiationRef,
    links: links({ html: z.string(), positions: z.string(), history: z.string() }),
  })
  .meta({ description: "A round of talks, summit, proposal or statement" });
export type EventItem = z.infer<typeof eventItem>;

export const eventListQuery = pageQuery
  .extend({
    negotiation: refFilter("negotiation").optional(),
    party: refFilter("party").optional().meta({ description: "Only events this party took part in (id or slug)" }),
    from: dateParam("Only events dated on or after this day").optional(),
    to: dateParam("Only events dated on or before this day").optional(),
    q: textFilter.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "The end date must not come before the start date" });
export type EventListQuery = z.infer<typeof eventListQuery>;
