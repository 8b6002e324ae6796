import { z } from "zod";
import { partyKind } from "@/lib/vocab";
import { links, pageQuery, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";

export const partyItem = z
  .object({
    ...recordMeta,
    slug: z.string(),
    name: z.string(),
    shortName: z.string(),
    kind: partyKind,
    colour: z.string().meta({ description: "# and six hex digits" }),
    links: links({ html: z.string(), positions: z.string(), history: z.string() }),
  })
  .meta({ description: "A state, bloc or mediator; one party may take part in several negotiations" });
export type PartyItem = z.infer<typeof partyItem>;

export const partyListQuery = pageQuery.extend({
  negotiation: refFilter("negotiation").optional().meta({ description: "Only parties seated in this negotiation (id or slug)" }),
  kind: partyKind.optional().meta({ description: "Only parties of this kind" }),
  q: textFilter.optional(),
});
export type PartyListQuery = z.infer<typeof partyListQuery>;
