import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/**
 * The id behind an area's editing URL (negotiation slug, area slug); retracted areas are found
 * too, so editors can restore them. Cached for the request: the page asks for its title too.
 */
export const findAreaId = cache(async (negotiationSlug: string, areaSlug: string) => {
  const area = await db.area.findFirst({ where: { slug: areaSlug, negotiation: { slug: negotiationSlug } }, select: { id: true } });
  return area?.id ?? null;
});
