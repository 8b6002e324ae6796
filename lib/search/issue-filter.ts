import "server-only";
// What search's `issue=` names. An issue's slug is unique within its negotiation only: two
// negotiations may both have a `ceasefire`, each under its own name. By slug, the filter is
// that issue in every negotiation that has it (the one `negotiation=` chooses, if given), as
// in the API's lists; by id, the one issue. The search page names an issue by its id only
// where its slug is shared, and then gives the address as negotiation and slug.
import { idOrSlug } from "@/lib/api/list-query";
import { db } from "@/lib/db/client";
import { visibleIssue } from "@/lib/issues/issue-visibility";

export type IssueFilter = {
  slug: string;
  /** The negotiation of the issue named by its id. */
  negotiation?: string;
};

/** The issue `value` names, within `negotiation` if given; null when it names none readers can see there. */
export async function readIssueFilter(value: string, negotiation?: string): Promise<IssueFilter | null> {
  const issues = await db.issue.findMany({
    where: { AND: [visibleIssue, idOrSlug(value), negotiation ? { negotiation: { slug: negotiation } } : {}] },
    select: { id: true, slug: true, negotiation: { select: { slug: true } } },
    take: 2,
  });
  const byId = issues.find((issue) => issue.id === value);
  if (byId) return { slug: byId.slug, negotiation: byId.negotiation.slug };
  return issues.length > 0 ? { slug: value } : null;
}
