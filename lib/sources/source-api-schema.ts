import { z } from "zod";
import { links, pageQuery, partialDateText, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const sourceItem = z
  .object({
    ...recordMeta,
    outlet: z.string(),
    title: z.string(),
    url: z.string().nullable().meta({ description: "http(s) only; null for a report known only through another outlet" }),
    publishedOn: partialDateText.nullable(),
    links: links({ html: z.string(), history: z.string() }),
  })
  .meta({ description: "An article, statement or document that positions, events and commitments cite" });
export type SourceItem = z.infer<typeof sourceItem>;

export const sourceListQuery = pageQuery.extend({
  negotiation: refFilter("negotiation").optional().meta({ description: "Only sources cited in this negotiation (id or slug)" }),
  q: textFilter.optional().meta({ description: "Only sources whose outlet, title or address contains this" }),
  url: z
    .string()
    .trim()
    .min(1, "Give the address to look for")
    .max(2000, "The address is too long: the limit is 2,000 characters")
    .optional()
    .meta({ description: "Only sources recorded under exactly this address. An address is recorded once: look it up before recording a source, and cite the one found" }),
});
export type SourceListQuery = z.infer<typeof sourceListQuery>;
