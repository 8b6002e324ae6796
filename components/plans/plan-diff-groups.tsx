import Link from "next/link";
import type { DiffEntry } from "@/lib/plans/diff/diff-plans";
import type { DiffGroup } from "@/lib/plans/diff/group-by-issue";
import { pointHref } from "@/lib/plans/plan-links";
import { PlanDiffEntry, type DiffSides } from "./plan-diff-entry";
import { PointNumber } from "./point-number";

function groupCounts(group: DiffGroup) {
  const c = group.counts;
  return [
    [c.kept, "kept"],
    [c.changed, "changed"],
    [c.new, "new"],
    [c.dropped, "dropped"],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(", ");
}

/** Points no mapping pairs, set side by side because they touch the same issue. */
function Unmapped({ group, sides, paired }: { group: DiffGroup; sides: DiffSides; paired: boolean }) {
  const column = (title: string, planId: string, points: DiffGroup["unmapped"]["before"]) => (
    <div>
      <h4 className="font-semibold">{title}</h4>
      {points.length === 0 ? (
        <p className="text-sm text-muted">None</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-2">
          {points.map((p) => (
            <li key={p.id}>
              <Link href={pointHref(planId, p.number)} className="font-medium">
                <PointNumber number={p.number} numberPrinted={p.numberPrinted} />
              </Link>
              : {p.summary}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <div className="mt-3 rounded border border-dashed border-line p-3">
      <p className="text-sm font-medium">
        {paired
          ? "Matched by issue only: no point revises another here, but they touch the same issue."
          : "Matched by issue only: these points share the issue; no mapping pairs them."}
      </p>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        {column(paired ? `Only in ${sides.from.title} (dropped)` : `In ${sides.from.title}`, sides.from.id, group.unmapped.before)}
        {column(paired ? `Only in ${sides.to.title} (new)` : `In ${sides.to.title}`, sides.to.id, group.unmapped.after)}
      </div>
    </div>
  );
}

/**
 * The diff grouped by issue: under each issue its kept and changed points, then the points
 * left unpaired on either side, side by side. With no chain of versions between the plans
 * (`connected` false), every point is unpaired and only the issue sets them together.
 */
export function PlanDiffGroups({ groups, sides, connected }: { groups: DiffGroup[]; sides: DiffSides; connected: boolean }) {
  return (
    <>
      {groups.map((group) => {
        const key = group.issue?.id ?? "none";
        const mapped = group.entries.filter((e): e is Extract<DiffEntry, { kind: "kept" | "changed" }> => e.kind === "kept" || e.kind === "changed");
        const unmapped = group.unmapped.before.length + group.unmapped.after.length > 0;
        return (
          <section key={key} aria-labelledby={`group-${key}`} className="mt-8">
            <h2 id={`group-${key}`} className="text-xl font-semibold">
              {group.issue?.name ?? "Points with no issue recorded"}
            </h2>
            <p className="text-sm text-muted">{groupCounts(group)}</p>
            {mapped.length > 0 && (
              <ol className="mt-3 flex flex-col gap-3" aria-label={`Kept and changed points on ${group.issue?.name ?? "no issue"}`}>
                {mapped.map((entry) => (
                  <PlanDiffEntry key={entry.after.id} entry={entry} sides={sides} />
                ))}
              </ol>
            )}
            {unmapped && <Unmapped group={group} sides={sides} paired={connected} />}
          </section>
        );
      })}
    </>
  );
}
