import "server-only";
import { db } from "@/lib/db/client";
import { formatPartialDate } from "@/lib/dates/partial-date-format";
import { visiblePosition } from "./position-visibility";
import { mentionCandidates } from "@/lib/records/mentions";

/** A statement a note names, as a link reads it. */
export type StatementMention = { label: string; summary: string };

/**
 * The statements readers can see that `texts` name by id, keyed by id: "statement by <party>
 * of <date>", with its issue when it is not `issueId`. The texts of statement `self` do not
 * link to it; `negotiationId` keeps to that negotiation's statements, for a page that the
 * cache drops on a change to them only (lib/cache/dependencies.ts).
 */
export async function getStatementMentions(
  texts: readonly (string | null | undefined)[],
  { self, issueId, negotiationId }: { self?: string; issueId?: string; negotiationId?: string },
): Promise<Record<string, StatementMention>> {
  const ids = mentionCandidates(texts, self);
  if (ids.length === 0) return {};
  const rows = await db.position.findMany({
    where: { id: { in: ids }, ...visiblePosition, ...(negotiationId ? { issue: { negotiationId } } : {}) },
    select: {
      id: true,
      summary: true,
      statedOn: true,
      statedOnPrecision: true,
      issueId: true,
      party: { select: { shortName: true } },
      issue: { select: { name: true } },
    },
  });
  return Object.fromEntries(
    rows.map((p) => {
      const on = p.issueId === issueId ? "" : ` on ${p.issue.name}`;
      return [p.id, { label: `statement by ${p.party.shortName} of ${formatPartialDate(p.statedOn, p.statedOnPrecision)}${on}`, summary: p.summary }];
    }),
  );
}
