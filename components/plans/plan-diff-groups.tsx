import type { DiffEntry } from "@/lib/plans/diff/diff-plans";
import type { DiffGroup } from "@/lib/plans/diff/group-by-issue";
import { PlanDiffEntry, type DiffSides } from "./plan-diff-entry";

type Kind<K extends DiffEntry["kind"]> = Extract<DiffEntry, { kind: K }>;

function groupCounts(group: DiffGroup) {
  const c = group.counts;
  const parts: [number, string][] = [[c.kept, "kept"], [c.changed, "changed"], [c.added, "added"], [c.dropped, "dropped"], [c.unpaired, "with no counterpart recorded"]];
  return parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`).join(", ");
}

const entryKey = (entry: DiffEntry) => (entry.kind === "dropped" ? `d-${entry.before.id}` : entry.after.id);

function EntryList({ entries, sides, label }: { entries: DiffEntry[]; sides: DiffSides; label: string }) {
  return (
    <ol className="mt-2 flex flex-col gap-3" aria-label={label}>
      {entries.map((entry) => (
        <PlanDiffEntry key={entryKey(entry)} entry={entry} sides={sides} />
      ))}
    </ol>
  );
}

/**
 * Points no mapping pairs. Where both plans have such points on the issue they are set
 * side by side, matched by the issue alone; with no chain of versions between the plans
 * (`connected` false) that is every point.
 */
function Unpaired({ dropped, added, sides, connected, issue }: { dropped: Kind<"dropped">[]; added: Kind<"added">[]; sides: DiffSides; connected: boolean; issue: string }) {
  if (dropped.length === 0 || added.length === 0) {
    const entries = [...dropped, ...added];
    return entries.length === 0 ? null : <EntryList entries={entries} sides={sides} label={`${connected ? "Points only in one plan" : "Points"} on ${issue}`} />;
  }
  return (
    <div className="mt-3 rounded border border-dashed border-line p-3">
      <p className="text-sm font-medium">
        {connected
          ? "Matched by issue only: no point below revises another, but they touch the same issue."
          : "Matched by issue only: these plans are not versions of one another, so their points touching this issue are set side by side."}
      </p>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">{connected ? `Only in ${sides.from.title}` : `In ${sides.from.title}`}</h3>
          <EntryList entries={dropped} sides={sides} label={`${connected ? "Points only in the earlier plan" : `Points of ${sides.from.title}`} on ${issue}`} />
        </div>
        <div>
          <h3 className="font-semibold">{connected ? `Only in ${sides.to.title}` : `In ${sides.to.title}`}</h3>
          <EntryList entries={added} sides={sides} label={`${connected ? "Points only in the later plan" : `Points of ${sides.to.title}`} on ${issue}`} />
        </div>
      </div>
    </div>
  );
}

/** The diff grouped by issue: under each issue its kept and changed points, then those no mapping pairs. */
export function PlanDiffGroups({ groups, sides, connected }: { groups: DiffGroup[]; sides: DiffSides; connected: boolean }) {
  return (
    <>
      {groups.map((group) => {
        const key = group.issue?.id ?? "none";
        const name = group.issue?.name ?? "no issue";
        const mapped = group.entries.filter((e): e is Kind<"kept" | "changed"> => e.kind === "kept" || e.kind === "changed");
        const dropped = group.entries.filter((e): e is Kind<"dropped"> => e.kind === "dropped");
        const added = group.entries.filter((e): e is Kind<"added"> => e.kind === "added");
        return (
          <section key={key} aria-labelledby={`group-${key}`} className="mt-8">
            <h2 id={`group-${key}`} className="text-xl font-semibold">
              {group.issue?.name ?? "Points with no issue recorded"}
            </h2>
            <p className="text-sm text-muted">{groupCounts(group)}</p>
            {mapped.length > 0 && <EntryList entries={mapped} sides={sides} label={`Kept and changed points on ${name}`} />}
            <Unpaired dropped={dropped} added={added} sides={sides} connected={connected} issue={name} />
          </section>
        );
      })}
    </>
  );
}
