import "server-only";
import { linkedIds } from "./hidden-links";
import { recordRefs } from "./record-refs";
import { db } from "@/lib/db/client";
import { listTermReferences } from "@/lib/terms/term-references";
import { issueKind } from "@/lib/vocab";
import { termNameKey } from "@/lib/words/format-value";
import type { RecordRef } from "./record-kind";
import { recordKind } from "./registry";

/** Names keyed "kind:id", for every record a set of snapshots or inputs refers to. */
export type NameMap = Record<string, string>;

/** Every record the snapshots point at, as it is now (retracted ones too, as history shows them), keyed "kind:id". */
export async function resolveRefs(snapshots: unknown[]): Promise<Map<string, RecordRef>> {
  const found = await Promise.all(
    [...linkedIds(snapshots)].map(async ([kind, ids]) => (await recordRefs(db, recordKind(kind), [...ids])).map((ref) => [`${kind}:${ref.id}`, ref] as const)),
  );
  return new Map(found.flat());
}

/** Readable names for the ids in snapshots or inputs, and for the areas and parties their terms name by slug. */
export async function resolveNames(snapshots: unknown[]): Promise<NameMap> {
  const [refs, termNames] = await Promise.all([resolveRefs(snapshots), resolveTermNames(snapshots)]);
  return { ...Object.fromEntries([...refs].map(([key, ref]) => [key, ref.name])), ...termNames };
}

/**
 * Names of what positions' terms name by slug, keyed "area-slug:<slug>" and
 * "party-slug:<slug>" (lib/words/format-value.ts): areas of the position's negotiation as
 * their records name them now, retracted ones included, as history shows them.
 */
async function resolveTermNames(snapshots: unknown[]): Promise<NameMap> {
  const withTerms = snapshots.filter(
    (s): s is { issueId: string; terms: unknown } => !!s && typeof s === "object" && typeof (s as { issueId?: unknown }).issueId === "string" && "terms" in s,
  );
  if (withTerms.length === 0) return {};
  const issues = await db.issue.findMany({ where: { id: { in: [...new Set(withTerms.map((s) => s.issueId))] } }, select: { id: true, kind: true, negotiationId: true } });
  const issue = new Map(issues.map((i) => [i.id, i]));
  const areas: { negotiationId: string; slug: string }[] = [];
  const parties = new Set<string>();
  for (const s of withTerms) {
    const i = issue.get(s.issueId);
    if (!i) continue;
    for (const ref of listTermReferences(issueKind.catch("general").parse(i.kind), s.terms)) {
      if (ref.kind === "area") areas.push({ negotiationId: i.negotiationId, slug: ref.slug });
      else parties.add(ref.slug);
    }
  }
  const [areaRows, partyRows] = await Promise.all([
    areas.length ? db.area.findMany({ where: { OR: areas }, select: { slug: true, name: true } }) : [],
    parties.size ? db.party.findMany({ where: { slug: { in: [...parties] } }, select: { slug: true, shortName: true } }) : [],
  ]);
  return Object.fromEntries([
    ...areaRows.map((a) => [termNameKey("area", a.slug), a.name] as const),
    ...partyRows.map((p) => [termNameKey("party", p.slug), p.shortName] as const),
  ]);
}
