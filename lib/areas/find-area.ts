import "server-only";
import { db } from "@/lib/db/client";

/** The id behind an area's editing URL (negotiation slug, area slug); retracted areas are found too, so editors can restore them. */
export async function findAreaId(negotiationSlug: string, areaSlug: string) {
  const area = await db.area.findFirst({ where: { slug: areaSlug, negotiation: { slug: negotiationSlug } }, select: { id: true } });
  return area?.id ?? null;
}
