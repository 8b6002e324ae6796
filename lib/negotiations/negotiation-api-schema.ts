import { z } from "zod";
import { negotiationStatus } from "@/lib/vocab";
import { links, pageQuery, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const negotiationItem = z
  .object({
    ...recordMeta,
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    status: negotiationStatus,
    parties: z
      .array(z.object({ partyId: z.string(), role: z.string().nullable() }))
      .meta({ description: "The parties at the table, in the matrix's row order" }),
    links: links({ html: z.string(), issues: z.string(), positions: z.string(), history: z.string() }),
  })
  .meta({ description: "A peace process" });
export type NegotiationItem = z.infer<typeof negotiationItem>;

export const negotiationListQuery = pageQuery.extend({
  status: negotiationStatus.optional().meta({ description: "Only negotiations with this status" }),
  party: refFilter("party").optional(),
  q: textFilter.optional(),
});
export type NegotiationListQuery = z.infer<typeof negotiationListQuery>;
