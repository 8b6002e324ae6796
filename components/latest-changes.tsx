import Link from "next/link";
import { RecordedAt } from "@/components/recorded-at";
import { entityTypeLabel } from "@/lib/records/describe-record";
import { historyHref } from "@/lib/records/history-href";
import type { RecentChange } from "@/lib/records/list-recent-changes";
import { describeAction } from "@/lib/revisions/action-labels";

/**
 * A few changes, newest first, each leading to its record's history; a retracted record is
 * not named. `complete` false: these are only those among the site's latest changes.
 */
export function LatestChanges({ changes, complete, label }: { changes: RecentChange[]; complete: boolean; label: string }) {
  if (changes.length === 0) {
    return <p className="text-muted">{complete ? "No changes recorded yet." : "None of Parley’s latest changes was to these records."}</p>;
  }
  return (
    <>
      <ol aria-label={label} className="flex flex-col gap-3">
        {changes.map((c) => (
          <li key={c.id}>
            <span className="block text-xs font-medium uppercase tracking-wide text-muted">
              {entityTypeLabel(c.entityType)} · {describeAction(c.action)}
            </span>
            {c.retracted ? <span className="text-muted">A record since retracted</span> : <Link href={historyHref(c.entityType, c.entityId)}>{c.label}</Link>}
            <span className="block text-sm text-muted">
              <RecordedAt at={c.createdAt} /> by {c.actorLabel}
            </span>
          </li>
        ))}
      </ol>
      {!complete && <p className="mt-3 text-sm text-muted">Only these among Parley’s latest changes; earlier ones are on the changes page.</p>}
    </>
  );
}
