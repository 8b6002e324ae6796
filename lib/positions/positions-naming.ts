import "server-only";
// Positions whose structured terms name an area or a party by slug (lib/terms/term-references.ts):
// what a change to that area or party must keep in step, or must not break.
import type { DbOrTx } from "@/lib/db/client";
import { notRetracted } from "@/lib/records/visible";
import { kindHasReferences, listTermReferences, type TermReference } from "@/lib/terms/term-references";
import { issueKind } from "@/lib/vocab";

export type NamingPosition = {
  id: string;
  version: number;
  issueKind: ReturnType<typeof issueKind.parse>;
  terms: unknown;
  /** "Ruritania on Territory", for messages. */
  label: string;
};

/**
 * The positions whose terms name `slug` as an area of `negotiationId` (areas) or as a party
 * (anywhere, or within `negotiationId`); retracted positions only when `includeRetracted`.
 */
export async function listPositionsNaming(
  tx: DbOrTx,
  ref: { kind: TermReference["kind"]; slug: string; negotiationId?: string },
  { includeRetracted = false }: { includeRetracted?: boolean } = {},
): Promise<NamingPosition[]> {
  const issues = (
    await tx.issue.findMany({ where: ref.negotiationId ? { negotiationId: ref.negotiationId } : {}, select: { id: true, kind: true } })
  ).filter((i) => kindHasReferences(issueKind.catch("general").parse(i.kind)));
  if (issues.length === 0) return [];
  const rows = await tx.position.findMany({
    where: { issueId: { in: issues.map((i) => i.id) }, ...(includeRetracted ? {} : notRetracted) },
    orderBy: { statedOn: "asc" },
    select: { id: true, version: true, terms: true, party: { select: { shortName: true } }, issue: { select: { name: true, kind: true } } },
  });
  return rows.flatMap((p) => {
    const kind = issueKind.catch("general").parse(p.issue.kind);
    const names = listTermReferences(kind, p.terms).some((r) => r.kind === ref.kind && r.slug === ref.slug);
    return names ? [{ id: p.id, version: p.version, issueKind: kind, terms: p.terms, label: `${p.party.shortName} on ${p.issue.name}` }] : [];
  });
}

/** "3 positions (Ruritania on Territory, …)": at most a few named, for a message. */
export function describePositions(positions: NamingPosition[]): string {
  const shown = positions.slice(0, 3).map((p) => p.label);
  const more = positions.length > shown.length ? `, and ${positions.length - shown.length} more` : "";
  return `${positions.length} ${positions.length === 1 ? "position" : "positions"} (${shown.join("; ")}${more})`;
}
