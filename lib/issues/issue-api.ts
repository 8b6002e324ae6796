import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { issueInput } from "@/lib/issues/issue-input";
import { retractIssue } from "@/lib/issues/retract-issue";
import { restoreIssue } from "@/lib/issues/restore-issue";
import { updateIssue } from "@/lib/issues/update-issue";
import { apiPath } from "@/lib/api/links";
import { defineResource } from "@/lib/api/resource";
import { issueItem, issueListQuery, type IssueItem, type IssueListQuery } from "@/lib/issues/issue-api-schema";
import { contains, findByIdOrUniqueSlug, idOrSlug, listPage, pageOf, recordLinks, recordTimes } from "@/lib/api/list-query";
import { visibleIssue } from "@/lib/issues/issue-visibility";

const select = {
  id: true, version: true, negotiationId: true, slug: true, name: true, description: true, kind: true, order: true,
  createdAt: true, updatedAt: true,
  negotiation: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.IssueSelect;

type Row = Prisma.IssueGetPayload<{ select: typeof select }>;

function toItem(row: Row): IssueItem {
  return {
    ...row,
    kind: row.kind as IssueItem["kind"],
    ...recordTimes(row),
    links: {
      ...recordLinks("issues", row.id, "issue", row.id),
      html: `/negotiations/${encodeURIComponent(row.negotiation.slug)}/issues/${encodeURIComponent(row.slug)}`,
      positions: `/api/v1/positions?issue=${encodeURIComponent(row.id)}`,
    },
  };
}

function list(query: IssueListQuery) {
  const filters = [
    visibleIssue,
    query.negotiation ? { negotiation: idOrSlug(query.negotiation) } : {},
    query.kind ? { kind: query.kind } : {},
    query.q ? { OR: [{ name: contains(query.q) }, { description: contains(query.q) }] } : {},
  ];
  return listPage(query, filters, (window) => db.issue.findMany({ ...window, select }), toItem);
}

/** By id, or by slug when only one negotiation has an issue with that slug. */
async function get(value: string) {
  const row = await findByIdOrUniqueSlug(value, (where) => db.issue.findMany({ where: { ...visibleIssue, ...where }, select, take: 3 }), { noun: "issue", path: "issues" });
  return row ? toItem(row) : null;
}

export const issues = defineResource({
  path: "issues",
  noun: "issue",
  tag: "Issues",
  description: "Topics at stake within a negotiation. An issue's kind fixes the shape of its positions' structured terms.",
  entityType: "issue",
  item: issueItem,
  listQuery: issueListQuery,
  input: issueInput,
  acceptsSlug: true,
  slugWithinNegotiation: true,
  example: {
    negotiationId: "NEGOTIATION_ID",
    slug: "prisoner-exchanges",
    name: "Prisoner exchanges",
    description: "Who is exchanged, when, and how many.",
    kind: "general",
    order: 20,
  },
  list,
  get,
  create: createIssue,
  update: updateIssue,
  retract: retractIssue,
  restore: restoreIssue,
});
