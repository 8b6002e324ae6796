// A plan diff grouped by the issues its points touch (pure).
import { countEntries, type DiffCounts, type DiffEntry } from "./diff-plans";
import type { DiffPoint } from "./diff-types";

export type IssueRef = { id: string; slug: string; name: string };

export type DiffGroup = {
  /** Null for points that touch no issue. */
  issue: IssueRef | null;
  /** The group's entries in the diff's order: a point touching several issues is listed under each. */
  entries: DiffEntry[];
  counts: DiffCounts;
};

export function entryPoints(entry: DiffEntry): { before: DiffPoint[]; after: DiffPoint | null } {
  return entry.kind === "dropped" ? { before: [entry.before], after: null } : { before: entry.kind === "added" ? [] : entry.before, after: entry.after };
}

/** The issues an entry touches: those of its point in the later plan and of the points it revises. */
export function entryIssueIds(entry: DiffEntry): string[] {
  const { before, after } = entryPoints(entry);
  return [...new Set([...(after?.issueIds ?? []), ...before.flatMap((p) => p.issueIds)])];
}

/**
 * One group per issue in `issues`' order (those with entries), then the points with no
 * issue. Within a group, the dropped and new points — those no mapping pairs — are matched
 * by the issue alone.
 */
export function groupByIssue(entries: DiffEntry[], issues: IssueRef[]): DiffGroup[] {
  const known = new Set(issues.map((i) => i.id));
  const groups = [...issues, null].map((issue) => {
    const inGroup = entries.filter((e) => {
      const touched = entryIssueIds(e).filter((id) => known.has(id));
      return issue ? touched.includes(issue.id) : touched.length === 0;
    });
    const before = new Set(inGroup.flatMap((e) => entryPoints(e).before.map((p) => p.id)));
    const after = new Set(inGroup.flatMap((e) => [entryPoints(e).after?.id].filter(Boolean)));
    return {
      issue,
      entries: inGroup,
      counts: countEntries(inGroup, before.size, after.size),
    };
  });
  return groups.filter((g) => g.entries.length > 0);
}
