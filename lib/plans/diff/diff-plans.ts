// What changed between two plans of a negotiation, point by point, from the points'
// mapping alone (docs/domain-rules.md, "Plans and their diffs"). Pure.
//
// A point is called added or dropped only when that is known: when every plan the pairing
// goes through has all its points recorded, or (for a dropped point) when a plan says it
// leaves the point out. Otherwise a point with no counterpart may have one among the points
// not recorded, and the entry says only that none is recorded (`unrecorded`).
import { connectPlans, lineages, type Connection, type Lineage } from "./connect-plans";
import type { DiffPoint, PlanFamily } from "./diff-types";

export type DiffEntry =
  /** A point of the later plan mapped to one or more points of the earlier (several when it merges them). */
  | { kind: "kept" | "changed"; before: DiffPoint[]; after: DiffPoint; notes: string[] }
  /** A point of `to` no point of `from` maps to; `unrecorded` when a counterpart may be among points not recorded. */
  | { kind: "added"; after: DiffPoint; unrecorded?: true }
  /** A point of `from` no point of `to` maps to, with what `to` (or a plan between) says of leaving it out; `unrecorded` as for added. */
  | { kind: "dropped"; before: DiffPoint; note: string | null; unrecorded?: true };

/** `added` and `dropped` count what is known; `unpaired`, the points with no counterpart among those recorded. */
export type DiffCounts = { before: number; after: number; kept: number; changed: number; added: number; dropped: number; unpaired: number };

export type PlanDiff = {
  connection: Connection;
  /** `to`'s points in printed order, then the dropped points in `from`'s order. */
  entries: DiffEntry[];
  counts: DiffCounts;
  /** The plans the pairing goes through whose points are not all recorded (none: added and dropped are known). */
  partlyRecorded: string[];
};

const byOrder = (a: DiffPoint, b: DiffPoint) => a.order - b.order;

/** Each side's points mapped to the points of the plan where their chains meet. */
function rootsOf(family: PlanFamily, connection: Connection, fromId: string, toId: string) {
  const own = (id: string) => new Map(family.get(id)!.points.map((p): [string, Lineage] => [p.id, { rootId: p.id, kept: true, notes: [] }]));
  switch (connection.kind) {
    case "revises":
      return { from: own(fromId), to: lineages(family, connection.path) };
    case "revised-by":
      return { from: lineages(family, connection.path), to: own(toId) };
    case "common-ancestor":
      return { from: lineages(family, connection.fromPath), to: lineages(family, connection.toPath) };
    case "none":
      return { from: new Map<string, Lineage>(), to: new Map<string, Lineage>() };
  }
}

/** What the plans on the way from `to` down to `from` say of the points of `from` they leave out. */
function droppedNotes(family: PlanFamily, connection: Connection, fromId: string) {
  const notes = new Map<string, string | null>();
  const path = connection.kind === "revises" ? connection.path : connection.kind === "common-ancestor" ? connection.toPath : [];
  const fromPoints = new Set(family.get(fromId)!.points.map((p) => p.id));
  for (const id of path) {
    for (const d of family.get(id)!.dropped) if (fromPoints.has(d.pointId)) notes.set(d.pointId, d.note);
  }
  return notes;
}

export function countEntries(entries: DiffEntry[], before: number, after: number): DiffCounts {
  const unsure = (e: DiffEntry) => (e.kind === "added" || e.kind === "dropped") && e.unrecorded === true;
  const count = (kind: DiffEntry["kind"]) => entries.filter((e) => e.kind === kind && !unsure(e)).length;
  return { before, after, kept: count("kept"), changed: count("changed"), added: count("added"), dropped: count("dropped"), unpaired: entries.filter(unsure).length };
}

/** The plans a pairing goes through, both ends included. */
function plansOnTheWay(connection: Connection, fromId: string, toId: string): string[] {
  switch (connection.kind) {
    case "revises":
    case "revised-by":
      return [...connection.path, fromId, toId];
    case "common-ancestor":
      return [...connection.fromPath, ...connection.toPath, fromId, toId];
    case "none":
      return [fromId, toId];
  }
}

/** The plans on the way whose points are not all recorded, in the family's terms. */
export function partlyRecorded(family: PlanFamily, connection: Connection, fromId: string, toId: string): string[] {
  return [...new Set(plansOnTheWay(connection, fromId, toId))].filter((id) => family.get(id)?.wholeRecorded === false);
}

/** The diff from plan `fromId` to plan `toId`, both in `family`. */
export function diffPlans(family: PlanFamily, fromId: string, toId: string): PlanDiff {
  const from = family.get(fromId);
  const to = family.get(toId);
  if (!from || !to) throw new Error("Both plans must be in the family");
  const connection = connectPlans(family, fromId, toId);
  const roots = rootsOf(family, connection, fromId, toId);
  const incomplete = partlyRecorded(family, connection, fromId, toId);
  const whole = incomplete.length === 0;
  const fromByRoot = new Map<string, { point: DiffPoint; lineage: Lineage }[]>();
  for (const point of [...from.points].sort(byOrder)) {
    const lineage = roots.from.get(point.id);
    if (!lineage?.rootId) continue;
    fromByRoot.set(lineage.rootId, [...(fromByRoot.get(lineage.rootId) ?? []), { point, lineage }]);
  }

  const entries: DiffEntry[] = [];
  const matched = new Set<string>();
  for (const after of [...to.points].sort(byOrder)) {
    const lineage = roots.to.get(after.id);
    const pairs = lineage?.rootId ? (fromByRoot.get(lineage.rootId) ?? []) : [];
    if (!lineage || pairs.length === 0) {
      entries.push(whole ? { kind: "added", after } : { kind: "added", after, unrecorded: true });
      continue;
    }
    for (const p of pairs) matched.add(p.point.id);
    const kept = lineage.kept && pairs.every((p) => p.lineage.kept);
    const notes = [...new Set([...lineage.notes, ...pairs.flatMap((p) => p.lineage.notes)])];
    entries.push({ kind: kept ? "kept" : "changed", before: pairs.map((p) => p.point), after, notes });
  }
  const notes = droppedNotes(family, connection, fromId);
  for (const before of [...from.points].sort(byOrder)) {
    if (matched.has(before.id)) continue;
    // A plan on the way that says it leaves the point out makes the drop known.
    const said = notes.has(before.id);
    entries.push(whole || said ? { kind: "dropped", before, note: notes.get(before.id) ?? null } : { kind: "dropped", before, note: null, unrecorded: true });
  }
  return { connection, entries, counts: countEntries(entries, from.points.length, to.points.length), partlyRecorded: incomplete };
}
