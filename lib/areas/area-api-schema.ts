import { z } from "zod";
import { links, negotiationRef, pageQuery, partialDateText, partyRef, recordMeta, refFilter, textFilter } from "@/lib/api/schemas/common";
import { areaKind } from "./area-kinds";

const areaRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const areaItem = z
  .object({
    ...recordMeta,
    negotiationId: z.string(),
    slug: z.string().meta({ description: "Unique within its negotiation; territory terms name the area by it" }),
    name: z.string(),
    kind: areaKind,
    order: z.int().meta({ description: "Order in lists of the negotiation's areas" }),
    code: z.string().nullable().meta({ description: "ISO 3166-2 or Natural Earth admin-1 code whose outline maps draw" }),
    outline: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: "A drawn outline as a GeoJSON geometry (RFC 7946 winding); wins over the code's outline" }),
    parentId: z.string().nullable().meta({ description: "The area this one lies in" }),
    parent: areaRef.nullable(),
    heldById: z.string().nullable().meta({ description: "The party of the negotiation that holds the area now" }),
    heldBy: partyRef.nullable(),
    heldSince: partialDateText.nullable().meta({ description: "Since when the holder holds it, at the precision known" }),
    heldInPart: z.boolean().meta({ description: "The holder holds part of the area, not all of it (a front line runs through it); false when no holder is recorded" }),
    notes: z.string().nullable().meta({ description: "What readers should know: how much each side holds, disputed extent…" }),
    negotiation: negotiationRef,
    links: links({ html: z.string(), history: z.string() }),
  })
  .meta({ description: "A place at stake in one negotiation, named by territory terms" });
export type AreaItem = z.infer<typeof areaItem>;

export const areaListQuery = pageQuery.extend({
  negotiation: refFilter("negotiation").optional(),
  kind: areaKind.optional().meta({ description: "Only areas of this kind" }),
  heldBy: refFilter("party").optional().meta({ description: "Only areas this party holds (id or slug)" }),
  q: textFilter.optional(),
});
export type AreaListQuery = z.infer<typeof areaListQuery>;
