import "server-only";
import { db } from "@/lib/db/client";
import { areaHref } from "@/lib/areas/area-api";
import { visibleArea } from "@/lib/areas/area-visibility";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visibleIssue } from "@/lib/issues/issue-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { planHref } from "@/lib/plans/plan-links";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { getStatementMentions } from "@/lib/positions/get-statement-mentions";
import { mentionCandidates } from "./mentions";

/** A record a note names, as its link reads: words, where it leads, and what its title says. */
export type Mention = { label: string; href: string; title?: string };

// Long enough to tell a commitment from its neighbours, short enough to sit in a sentence.
const COMMITMENT_WORDS = 12;

function commitmentLabel(summary: string): string {
  const words = summary.split(/\s+/);
  return `commitment “${words.slice(0, COMMITMENT_WORDS).join(" ")}${words.length > COMMITMENT_WORDS ? "…" : ""}”`;
}

/**
 * The records readers can see that `texts` name by id or slug, keyed by that word: the
 * statements (`lib/positions/get-statement-mentions.ts`: of any negotiation, unless
 * `statementsOfNegotiationOnly`), and the issues, events, areas, plans and commitments of
 * negotiation `negotiationId` and the parties that sit in it. Every change to those reaches
 * the negotiation's pages in the cache (lib/cache/dependencies.ts), so a page showing a note
 * is dropped when a record it names changes. Where one word names records of two kinds (an
 * event and an issue slugged alike) the statement, then the plan, commitment, event, issue,
 * area and party is taken, in that order.
 */
export async function getMentions(
  texts: readonly (string | null | undefined)[],
  {
    negotiationId,
    self,
    issueId,
    statementsOfNegotiationOnly = false,
  }: { negotiationId: string; self?: string; issueId?: string; statementsOfNegotiationOnly?: boolean },
): Promise<Record<string, Mention>> {
  const words = mentionCandidates(texts, self);
  if (words.length === 0) return {};
  const inNegotiation = { negotiationId };
  const [statements, negotiation, plans, commitments, events, issues, areas, parties] = await Promise.all([
    getStatementMentions(texts, { self, issueId, negotiationId: statementsOfNegotiationOnly ? negotiationId : undefined }),
    db.negotiation.findUnique({ where: { id: negotiationId }, select: { slug: true } }),
    db.plan.findMany({ where: { id: { in: words }, ...inNegotiation, ...visiblePlan }, select: { id: true, title: true } }),
    db.commitment.findMany({ where: { id: { in: words }, ...inNegotiation, ...visibleCommitment }, select: { id: true, summary: true } }),
    db.event.findMany({ where: { slug: { in: words }, ...inNegotiation, ...visibleEvent }, select: { slug: true, name: true } }),
    db.issue.findMany({ where: { slug: { in: words }, ...inNegotiation, ...visibleIssue }, select: { slug: true, name: true } }),
    db.area.findMany({ where: { slug: { in: words }, ...inNegotiation, ...visibleArea }, select: { slug: true, name: true } }),
    db.party.findMany({
      where: { slug: { in: words }, ...visibleParty, negotiations: { some: inNegotiation } },
      select: { slug: true, shortName: true, name: true },
    }),
  ]);
  if (!negotiation) return {};
  const at = `/negotiations/${encodeURIComponent(negotiation.slug)}`;
  // The last given for a word wins: the kinds in the reverse of their order of precedence.
  const found: [string, Mention][] = [
    ...parties.map((p): [string, Mention] => [p.slug, { label: p.shortName, href: `/parties/${encodeURIComponent(p.slug)}`, title: p.name }]),
    ...areas.map((a): [string, Mention] => [a.slug, { label: a.name, href: areaHref(negotiation.slug, a.slug) }]),
    ...issues.map((i): [string, Mention] => [i.slug, { label: i.name, href: `${at}/issues/${encodeURIComponent(i.slug)}` }]),
    ...events.map((e): [string, Mention] => [e.slug, { label: e.name, href: `/events/${encodeURIComponent(e.slug)}` }]),
    ...commitments.map((c): [string, Mention] => [c.id, { label: commitmentLabel(c.summary), href: `/commitments/${encodeURIComponent(c.id)}`, title: c.summary }]),
    ...plans.map((p): [string, Mention] => [p.id, { label: p.title, href: planHref(p.id) }]),
    ...Object.entries(statements).map(([id, s]): [string, Mention] => [id, { label: s.label, href: `/positions/${encodeURIComponent(id)}`, title: s.summary }]),
  ];
  return Object.fromEntries(found);
}
