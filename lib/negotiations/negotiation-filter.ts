import "server-only";
// The `negotiation` URL parameter of the site-wide lists (events, commitments, changes): one
// negotiation's records, named by its slug (lib/records/url-filter.ts).
import { cache } from "react";
import { db } from "@/lib/db/client";
import { readUrlFilter, type UrlFilter } from "@/lib/records/url-filter";
import { visibleNegotiation } from "./negotiation-visibility";

export { filterSlug } from "@/lib/records/url-filter";
export type NegotiationFilter = UrlFilter;

/** Read once per request: a page's metadata and its body both ask. */
const findNegotiation = cache((slug: string) =>
  db.negotiation.findFirst({ where: { AND: [visibleNegotiation, { slug }] }, select: { slug: true, title: true } }),
);

export function readNegotiationFilter(value: string | string[] | undefined): Promise<NegotiationFilter> {
  return readUrlFilter(value, findNegotiation);
}

/** The negotiations readers may see, by title, as a filter's choices. */
export function listNegotiationChoices() {
  return db.negotiation.findMany({ where: visibleNegotiation, orderBy: { title: "asc" }, select: { slug: true, title: true } });
}
