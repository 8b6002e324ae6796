import "server-only";
// The choices of the search page's filters: one query per table.
import { groupBy } from "@/lib/collections/group-by";
import { db } from "@/lib/db/client";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";

export type FilterOption = { value: string; label: string };
/** Options under a heading (an <optgroup>), or, with none, on their own. */
export type FilterGroup = { label: string | null; options: FilterOption[] };

/**
 * The filters' choices. Issues are a negotiation's own, and two negotiations may give one slug
 * different names: with a negotiation chosen, its issues under their names; without, every
 * negotiation's under its title, and first each slug several share, which `issue=<slug>`
 * finds in all of them. An issue whose slug is shared is chosen by its id (issue-filter.ts).
 */
export async function listSearchFilters({ negotiation }: { negotiation?: string } = {}) {
  const [negotiations, parties, issues] = await Promise.all([
    db.negotiation.findMany({ where: visibleNegotiation, orderBy: { title: "asc" }, select: { slug: true, title: true } }),
    db.party.findMany({ where: visibleParty, orderBy: { shortName: "asc" }, select: { slug: true, shortName: true } }),
    db.issue.findMany({
      where: visibleIssue,
      orderBy: [{ order: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, negotiation: { select: { slug: true } } },
    }),
  ]);
  return { negotiations, parties, issues: issueGroups(issues, negotiations, negotiation) };
}

type IssueRow = { id: string; slug: string; name: string; negotiation: { slug: string } };

function issueGroups(issues: IssueRow[], negotiations: { slug: string; title: string }[], chosen: string | undefined): FilterGroup[] {
  if (chosen && negotiations.some((n) => n.slug === chosen)) {
    return [{ label: null, options: issues.filter((i) => i.negotiation.slug === chosen).map((i) => ({ value: i.slug, label: i.name })) }];
  }
  const rows = issues.map((i) => ({ ...i, negotiationSlug: i.negotiation.slug }));
  const bySlug = groupBy(rows, "slug");
  const shared = (slug: string) => bySlug.get(slug)!.length > 1;
  const everywhere: FilterGroup = {
    label: "Across negotiations",
    options: [...bySlug.keys()].filter(shared).map((slug) => ({ value: slug, label: [...new Set(bySlug.get(slug)!.map((i) => i.name))].join(" / ") })),
  };
  const byNegotiation = groupBy(rows, "negotiationSlug");
  const own = negotiations.map((n) => ({
    label: n.title,
    options: (byNegotiation.get(n.slug) ?? []).map((i) => ({ value: shared(i.slug) ? i.id : i.slug, label: i.name })),
  }));
  return [everywhere, ...own].filter((group) => group.options.length > 0);
}
