import "server-only";
import { db } from "@/lib/db/client";
import { referenceFields, type RefKind } from "./field-labels";

/** Names keyed "kind:id", for every record a set of snapshots refers to. */
export type NameMap = Record<string, string>;

function collect(value: unknown, field: string | null, out: Map<RefKind, Set<string>>) {
  const kind = field ? referenceFields[field] : undefined;
  if (typeof value === "string" && kind) {
    out.set(kind, (out.get(kind) ?? new Set()).add(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, field, out);
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) collect(inner, key in referenceFields ? key : null, out);
  }
}

/** Looks up readable names for the ids in snapshots: retracted records too, as history shows them. */
export async function resolveNames(snapshots: unknown[]): Promise<NameMap> {
  const wanted = new Map<RefKind, Set<string>>();
  for (const snapshot of snapshots) collect(snapshot, null, wanted);
  const ids = (kind: RefKind) => [...(wanted.get(kind) ?? [])];
  const [negotiations, parties, issues, events, sources, positions] = await Promise.all([
    db.negotiation.findMany({ where: { id: { in: ids("negotiation") } }, select: { id: true, title: true } }),
    db.party.findMany({ where: { id: { in: ids("party") } }, select: { id: true, name: true } }),
    db.issue.findMany({ where: { id: { in: ids("issue") } }, select: { id: true, name: true } }),
    db.event.findMany({ where: { id: { in: ids("event") } }, select: { id: true, name: true } }),
    db.source.findMany({ where: { id: { in: ids("source") } }, select: { id: true, title: true, outlet: true } }),
    db.position.findMany({
      where: { id: { in: ids("position") } },
      select: { id: true, statedOn: true, party: { select: { shortName: true } } },
    }),
  ]);
  const names: NameMap = {};
  for (const n of negotiations) names[`negotiation:${n.id}`] = n.title;
  for (const p of parties) names[`party:${p.id}`] = p.name;
  for (const i of issues) names[`issue:${i.id}`] = i.name;
  for (const e of events) names[`event:${e.id}`] = e.name;
  for (const s of sources) names[`source:${s.id}`] = `${s.outlet}: ${s.title}`;
  for (const p of positions) names[`position:${p.id}`] = `${p.party.shortName}'s statement of ${p.statedOn.toISOString().slice(0, 10)}`;
  return names;
}
