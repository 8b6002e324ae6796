import "server-only";
// The `party` URL parameter of the site-wide lists (changes, commitments, events): one party's
// records, named by its slug (lib/records/url-filter.ts).
import { cache } from "react";
import { db, type Prisma } from "@/lib/db/client";
import { readUrlFilter, type UrlFilter } from "@/lib/records/url-filter";
import { visibleParty } from "./party-visibility";

const findParty = cache(async (slug: string) => {
  const party = await db.party.findFirst({ where: { AND: [visibleParty, { slug }] }, select: { slug: true, name: true } });
  return party && { slug: party.slug, title: party.name };
});

export function readPartyFilter(value: string | string[] | undefined): Promise<UrlFilter> {
  return readUrlFilter(value, findParty);
}

/**
 * The parties readers may see, by name, as a filter's choices; only those `having` something
 * when given (a list offers no party that would empty it).
 */
export async function listPartyChoices(having: Prisma.PartyWhereInput = {}) {
  const parties = await db.party.findMany({ where: { AND: [visibleParty, having] }, orderBy: { name: "asc" }, select: { slug: true, name: true } });
  return parties.map((p) => ({ slug: p.slug, title: p.name }));
}
