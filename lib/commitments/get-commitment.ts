import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { commitmentViewSelect, toCommitmentView } from "./commitment-view";
import { visibleCommitment } from "./commitment-visibility";
import { statusTimeline } from "./status-timeline";

const loadCommitment = cache(async (id: string) => {
  const [row, revisions] = await Promise.all([
    db.commitment.findFirst({
      where: { id, ...visibleCommitment },
      select: commitmentViewSelect,
    }),
    db.revision.findMany({ where: { entityType: "commitment", entityId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { createdAt: true, after: true } }),
  ]);
  if (!row) return null;
  return { ...toCommitmentView(row), statusRecorded: statusTimeline(revisions) };
});

/** One commitment a reader may see, with its parties, event, sources and its status as recorded over time. */
export function getCommitment(id: string) {
  return loadCommitment(id);
}

export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof getCommitment>>>;
