import "server-only";
// The choices of the search page's filters: one query per table.
import { db } from "@/lib/db/client";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";

export async function listSearchFilters() {
  const [negotiations, parties, issues] = await Promise.all([
    db.negotiation.findMany({ where: visibleNegotiation, orderBy: { title: "asc" }, select: { slug: true, title: true } }),
    db.party.findMany({ where: visibleParty, orderBy: { shortName: "asc" }, select: { slug: true, shortName: true } }),
    db.issue.findMany({
      where: visibleIssue,
      orderBy: [{ order: "asc" }, { name: "asc" }],
      select: { slug: true, name: true },
    }),
  ]);
  // Issue slugs are unique per negotiation; the filter matches a slug in any of them.
  const seen = new Set<string>();
  return { negotiations, parties, issues: issues.filter((i) => !seen.has(i.slug) && seen.add(i.slug)) };
}
