import "server-only";
import { issues } from "./issue-api";
import { defineRecordKind } from "@/lib/records/record-kind";
import { visibleIssue } from "./issue-visibility";
import { amongIds, ids } from "@/lib/records/ids";
import { createIssue } from "./create-issue";
import { issueWriter } from "./issue-writer";
import { restoreIssue } from "./restore-issue";
import { retractIssue } from "./retract-issue";
import { updateIssue } from "./update-issue";
import { issueExport } from "./issue-export";

const enc = encodeURIComponent;

export const issueKind = defineRecordKind({
  entityType: "issue",
  label: "Issue",
  writer: issueWriter,
  visible: visibleIssue,
  words: { fields: { description: "Description", order: "Order" }, references: { negotiationId: "negotiation" } },
  describe: (snapshot) => (typeof snapshot.name === "string" ? snapshot.name : null),
  async refs(db, ids) {
    const rows = await db.issue.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, name: true, retractedAt: true, negotiation: { select: { slug: true } } },
    });
    return rows.map((i) => ({
      id: i.id,
      name: i.name,
      shortName: i.name,
      href: `/negotiations/${enc(i.negotiation.slug)}/issues/${enc(i.slug)}`,
      retracted: i.retractedAt !== null,
    }));
  },
  within: {
    negotiation: async (db, negotiationId, among) => ids(await db.issue.findMany({ where: { negotiationId, ...amongIds(among) }, select: { id: true } })),
    issue: async (_db, id, among) => (!among || among.includes(id) ? [id] : []),
  },
  commands: { create: createIssue, update: updateIssue, retract: retractIssue, restore: restoreIssue },
  api: issues,
  exported: issueExport,
});
