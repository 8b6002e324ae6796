import "server-only";
// The `negotiation` URL parameter of the site-wide lists (events, commitments): one
// negotiation's records, named by its slug. A slug that names no negotiation readers see is
// reported to the reader rather than thrown, and the list shows every negotiation's.
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleNegotiation } from "./negotiation-visibility";

export type NegotiationFilter =
  | { kind: "none" }
  | { kind: "found"; slug: string; title: string }
  | { kind: "unknown"; text: string };

/** Read once per request: a page's metadata and its body both ask. */
const findNegotiation = cache((slug: string) =>
  db.negotiation.findFirst({ where: { AND: [visibleNegotiation, { slug }] }, select: { slug: true, title: true } }),
);

export async function readNegotiationFilter(value: string | string[] | undefined): Promise<NegotiationFilter> {
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  if (text === "") return { kind: "none" };
  const found = text.length <= 200 ? await findNegotiation(text) : null;
  return found ? { kind: "found", ...found } : { kind: "unknown", text: text.length > 40 ? `${text.slice(0, 40)}…` : text };
}

/** The slug to pass to list functions: only a negotiation found counts. */
export const filterSlug = (filter: NegotiationFilter) => (filter.kind === "found" ? filter.slug : undefined);

/** The negotiations readers may see, by title, as a filter's choices. */
export function listNegotiationChoices() {
  return db.negotiation.findMany({ where: visibleNegotiation, orderBy: { title: "asc" }, select: { slug: true, title: true } });
}
