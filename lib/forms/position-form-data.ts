import "server-only";
import { db } from "@/lib/db/client";
import { allAreasLabel } from "@/lib/terms/labels";
import { loadTermsContext } from "@/lib/terms/load-terms-context";
import { ALL_AREAS } from "@/lib/terms/territory";
import { issueKind, type IssueKind } from "@/lib/vocab";
import { positionContext } from "./find-record";
import { eventOptions, sourceOptions } from "./options";
import { citablePointOptions } from "@/lib/plans/plan-options";
import type { TermChoices } from "./terms-fields";

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
  const [events, sources, points, termChoices] = await Promise.all([
    eventOptions(context.issue.negotiationId, eventId ? [eventId] : []),
    sourceOptions(sourceIds),
    citablePointOptions(context.issue.negotiationId, pointIds),
    termChoicesFor(context.issue.negotiationId),
  ]);
  return { ...context, kind: (kind.success ? kind.data : "general") as IssueKind, events, sources, points, termChoices };
}

/** The negotiation's areas (each part beside the area it lies in) and its parties, by slug, for a terms form. */
async function termChoicesFor(negotiationId: string): Promise<TermChoices> {
  const [{ areas }, seats] = await Promise.all([
    loadTermsContext(db, negotiationId),
    db.negotiationParty.findMany({
      where: { negotiationId, party: { retractedAt: null } },
      orderBy: { order: "asc" },
      select: { party: { select: { slug: true, shortName: true } } },
    }),
  ]);
  const names = new Map(areas.map((a) => [a.slug, a.name]));
  return {
    areas: [
      ...areas.map((a) => ({ value: a.slug, label: a.parent ? `${a.name} (in ${names.get(a.parent) ?? a.parent})` : a.name })),
      { value: ALL_AREAS, label: allAreasLabel },
    ],
    parties: seats.map(({ party }) => ({ value: party.slug, label: party.shortName })),
  };
}
