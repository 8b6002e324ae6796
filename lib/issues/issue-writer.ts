import "server-only";
import type { RecordWriter } from "@/lib/revisions/record-writer";
import { parseTerms } from "@/lib/terms";
import { checkReferences, FieldErrorList, ownNegotiation } from "@/lib/validation/check-references";
import { issueInput, toIssueInput, type IssueInput } from "./issue-input";
import { loadIssueSnapshot, type IssueSnapshot } from "./issue-snapshot";
import { notRetracted } from "@/lib/records/visible";
import { visibleIssue } from "@/lib/issues/issue-visibility";

const slugTaken = "Another issue in this negotiation already uses this slug: choose another";

export const issueWriter: RecordWriter<IssueSnapshot, IssueInput> = {
  entityType: "issue",
  noun: "issue",
  visible: visibleIssue,
  load: loadIssueSnapshot,
  schema: issueInput,
  toInput: (snapshot) => toIssueInput(snapshot),
  async check(tx, input, before) {
    const errors = new FieldErrorList();
    await checkReferences(
      tx,
      [ownNegotiation(errors, "An issue", input, before)],
      errors,
    );
    const other = await tx.issue.findUnique({
      where: { negotiationId_slug: { negotiationId: input.negotiationId, slug: input.slug } },
      select: { id: true },
    });
    if (other && other.id !== before?.id) errors.add("slug", slugTaken);
    // A new kind must still fit the terms its positions have coded.
    if (before && before.kind !== input.kind) {
      const coded = await tx.position.findMany({
        where: { issueId: before.id, ...notRetracted },
        select: { terms: true },
      });
      const misfits = coded.filter((p) => p.terms !== null && !parseTerms(input.kind, p.terms).success).length;
      if (misfits > 0) {
        errors.add(
          "kind",
          `${misfits} position${misfits === 1 ? " on this issue has" : "s on this issue have"} terms coded for the ${before.kind} kind: clear or recode them before changing the kind`,
        );
      }
    }
    errors.throwIfAny();
  },
  columns: (input) => ({ ...input }),
  unique: { field: "slug", message: slugTaken },
};
