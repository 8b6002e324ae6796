import { z } from "zod";
import { partialDateText } from "@/lib/api/schemas/common";
import { searchKinds } from "@/lib/search/search-input";

const highlighted = z
  .array(z.object({ text: z.string(), hit: z.boolean() }))
  .meta({ description: "The text in pieces; pieces with hit: true matched the query" });

export const searchResult = z
  .object({
    total: z.int(),
    countsByKind: z.record(z.enum(searchKinds), z.int()),
    hits: z.array(
      z.object({
        kind: z.enum(searchKinds),
        id: z.string(),
        title: highlighted,
        snippet: highlighted,
        date: partialDateText.nullable().meta({
          description: "The record's date at the precision known (YYYY-MM-DD, YYYY-MM or YYYY): a statement's, an event's, a plan's, a source's publication; a plan's point has its plan's, a commitment its event's",
        }),
        exactPhrase: z.boolean().meta({ description: "The query's exact phrase occurs in the record" }),
        links: z.object({ self: z.string() }),
      }),
    ),
    page: z.int(),
    pageCount: z.int(),
    truncated: z.boolean().meta({ description: "More records matched than are ranked: narrow the search to see them" }),
    links: z.object({ self: z.string(), next: z.string().nullable() }),
  })
  .meta({ description: "Full-text search results, ranked, 20 to a page" });
export type SearchResultBody = z.infer<typeof searchResult>;
