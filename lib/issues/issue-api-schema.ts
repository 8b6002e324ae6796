import { z } from "zod";
import { issueKind } from "@/lib/vocab";
import { links, negotiationRef, pageQuery, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const issueItem = z
  .object({
    ...recordMeta,
    negotiationId: z.string(),
    slug: z.string().meta({ description: "Unique within its negotiation" }),
    name: z.string(),
    description: z.string(),
    kind: issueKind.meta({ description: "Fixes the shape of its positions' structured terms" }),
    order: z.int().meta({ description: "Column order in the matrix" }),
    negotiation: negotiationRef,
    links: links({ html: z.string(), positions: z.string(), history: z.string() }),
  })
  .meta({ description: "A topic at stake within a negotiation" });
export type IssueItem = z.infer<typeof issueItem>;

export const issueListQuery = pageQuery.extend({
  negotiation: refFilter("negotiation").optional(),
  kind: issueKind.optional().meta({ description: "Only issues of this kind" }),
  q: textFilter.optional(),
});
export type IssueListQuery = z.infer<typeof issueListQuery>;
