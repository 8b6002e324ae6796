import { z } from "zod";
import { commitmentStatus } from "@/lib/vocab";
import { links, negotiationRef, pageQuery, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const commitmentItem = z
  .object({
    ...recordMeta,
    negotiationId: z.string(),
    eventId: z.string().nullable().meta({ description: "The event where it was promised" }),
    summary: z.string(),
    status: commitmentStatus,
    evidence: z.string().nullable().meta({ description: "The evidence for the status" }),
    partyIds: z.array(z.string()),
    sourceIds: z.array(z.string()),
    negotiation: negotiationRef,
    links: links({ html: z.string(), history: z.string() }),
  })
  .meta({ description: "Something parties promised, and whether they kept it" });
export type CommitmentItem = z.infer<typeof commitmentItem>;

export const commitmentListQuery = pageQuery.extend({
  negotiation: refFilter("negotiation").optional(),
  party: refFilter("party").optional().meta({ description: "Only commitments this party made (id or slug)" }),
  event: refFilter("event").optional().meta({ description: "Only commitments made at this event (id or slug)" }),
  status: commitmentStatus.optional().meta({ description: "Only commitments with this status" }),
  q: textFilter.optional(),
});
export type CommitmentListQuery = z.infer<typeof commitmentListQuery>;
