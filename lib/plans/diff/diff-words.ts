// A plan diff in words: the headline counts and how the two plans are linked.
import type { Connection } from "./connect-plans";
import type { DiffCounts } from "./diff-plans";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "28 → 20 points: 5 kept, 14 changed, 1 added, 9 dropped", and how many have no counterpart among the points recorded. */
export function countsLine(c: DiffCounts): string {
  const unpaired = c.unpaired > 0 ? `, ${c.unpaired} with no counterpart among the points recorded` : "";
  return `${c.before} → ${plural(c.after, "point")}: ${c.kept} kept, ${c.changed} changed, ${c.added} added, ${c.dropped} dropped${unpaired}`;
}

/** Why some points are neither added nor dropped: the plans named are not wholly recorded. */
export function partlyRecordedLine(titles: string[]): string | null {
  if (titles.length === 0) return null;
  const names = titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`;
  return `Not every point of ${names} is recorded, so a point with no counterpart among the recorded ones is not called added or dropped: its counterpart may be among those not recorded.`;
}

/** How the plans are linked, naming plans through `title`. */
export function connectionLine(connection: Connection, title: (id: string) => string): string {
  const through = (path: string[]) =>
    path.length > 2 ? `, through ${path.slice(1, -1).map((id) => title(id)).join(" and ")}` : "";
  switch (connection.kind) {
    case "revises":
      return `The later plan revises the earlier one${through(connection.path)}: points are paired by the points each revises.`;
    case "revised-by":
      return `The first plan revises the second${through(connection.path)}, so this reads backwards in time: “added” points are those the first plan did not have.`;
    case "common-ancestor":
      return `Both plans revise or answer ${title(connection.ancestorId)}: points are paired when they revise the same point of it.`;
    case "none":
      return "No chain of versions links these plans, so no point is paired with another: points are set side by side by the issues they share.";
  }
}
