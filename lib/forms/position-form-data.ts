import "server-only";
import { issueKind, type IssueKind } from "@/lib/vocab";
import { positionContext } from "./find-record";
import { eventOptions, sourceOptions } from "./options";
import { citablePointOptions } from "@/lib/plans/plan-options";

/** What a position form needs beside the values: where it sits, its terms kind, and the choices. */
export async function loadPositionFormData({
  issueId,
  partyId,
  eventId = null,
  sourceIds = [],
  pointIds = [],
}: {
  issueId: string;
  partyId: string;
  eventId?: string | null;
  sourceIds?: string[];
  pointIds?: string[];
}) {
  const context = await positionContext(issueId, partyId);
  if (!context) return null;
  const kind = issueKind.safeParse(context.issue.kind);
  const [events, sources, points] = await Promise.all([
    eventOptions(context.issue.negotiationId, eventId ? [eventId] : []),
    sourceOptions(sourceIds),
    citablePointOptions(context.issue.negotiationId, pointIds),
  ]);
  return { ...context, kind: (kind.success ? kind.data : "general") as IssueKind, events, sources, points };
}
