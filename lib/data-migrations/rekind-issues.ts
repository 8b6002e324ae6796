// The body shared by data migrations that give a seeded negotiation's `general` issues a
// newer kind and code their positions' terms (docs/data-migrations.md). Each migration keeps
// its own copy of the codings in a JSON file beside it, so a later change to the seed does
// not change what an earlier migration did.
//
// Only what is still as the earlier seed left it is changed: an issue still `general`, a
// position with no terms. An editor's own kind or coding is left alone, and so is an issue
// or position the negotiation no longer has. Every change is a revision.
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/client";
import { issueWriter } from "@/lib/issues/issue-writer";
import { positionWriter } from "@/lib/positions/position-writer";
import { changeRecord } from "@/lib/revisions/write-record";
import { isEmptyTerms, parseTerms } from "@/lib/terms";
import { issueKind, termsConfidence } from "@/lib/vocab";

type Coding = { terms: Record<string, unknown> | null; termsConfidence: string; termsNote: string };

/** What a re-kinding migration's JSON file holds: the negotiation, each issue's new kind, each position's coding. */
export type IssueKindCodings = {
  negotiation: string;
  issues: Record<string, string>;
  positions: Record<string, Coding>;
};

const issueNote = (kind: string) =>
  `Given the ${kind} kind, so that its positions' terms can be coded and compared by that kind's rule.`;
const positionNote = "Terms coded from the record's summary, details and quotes for the issue's new kind, with a confidence and a note.";

export async function rekindIssues(tx: Prisma.TransactionClient, actor: Actor, codings: IssueKindCodings): Promise<{ changed: number }> {
  const negotiation = await tx.negotiation.findUnique({ where: { slug: codings.negotiation }, select: { id: true } });
  if (!negotiation) return { changed: 0 };
  let changed = 0;
  for (const [slug, kindWord] of Object.entries(codings.issues)) {
    const kind = issueKind.parse(kindWord);
    const issue = await tx.issue.findUnique({
      where: { negotiationId_slug: { negotiationId: negotiation.id, slug } },
      select: { id: true, version: true, kind: true },
    });
    if (!issue || issue.kind !== "general") continue;
    const positions = await tx.position.findMany({ where: { issueId: issue.id }, select: { id: true, version: true, terms: true } });
    // General positions carry no terms; one that somehow does and does not fit is left as it is.
    if (positions.some((p) => !isEmptyTerms(p.terms) && !parseTerms(kind, p.terms).success)) continue;
    await changeRecord(tx, issueWriter, { id: issue.id, version: issue.version, action: "update", actor, note: issueNote(kind) }, () => ({
      columns: { kind },
    }));
    changed++;
    for (const position of positions) {
      const coding = codings.positions[position.id];
      // A record that states nothing codeable keeps its empty terms.
      if (!coding?.terms || !isEmptyTerms(position.terms)) continue;
      const terms = parseTerms(kind, coding.terms);
      if (!terms.success) throw new Error(`The coding of ${position.id} does not fit the ${kind} kind`);
      await changeRecord(tx, positionWriter, { id: position.id, version: position.version, action: "update", actor, note: positionNote }, () => ({
        columns: { terms: terms.data, termsConfidence: termsConfidence.parse(coding.termsConfidence), termsNote: coding.termsNote },
      }));
      changed++;
    }
  }
  return { changed };
}
