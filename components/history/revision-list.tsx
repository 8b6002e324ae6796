import { FieldDiff, FieldValues } from "@/components/diff/field-diff";
import { RecordedAt } from "@/components/recorded-at";
import { formatMoment } from "@/lib/dates/format-date";
import { forDisplay } from "@/lib/words/format-value";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { describeAction } from "@/lib/revisions/action-labels";
import { RevertButton, type RevertAction } from "./revert-button";

export type RevisionView = {
  id: string;
  action: string;
  actorLabel: string;
  note: string | null;
  createdAt: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};


/**
 * A record's revisions, newest first: what was done, by whom, when it was recorded, why,
 * and which fields changed. Editors get "Revert to this version" on every earlier revision.
 */
export function RevisionList({
  revisions,
  names,
  currentVersion,
  canRevert,
  returnTo,
  revert,
}: {
  revisions: RevisionView[];
  names: Record<string, string>;
  currentVersion: number;
  canRevert: boolean;
  returnTo: string;
  /** The server action behind "Revert to this version". */
  revert: RevertAction;
}) {
  if (revisions.length === 0) return <p className="text-muted">No changes have been recorded for this record.</p>;
  return (
    <ol aria-label="Revisions, newest first" className="flex flex-col gap-4">
      {revisions.map((r, i) => {
        const headingId = `revision-${r.id}`;
        const changes = diffSnapshots(forDisplay(r.before), forDisplay(r.after));
        return (
          <li key={r.id}>
            <article aria-labelledby={headingId} className="rounded border border-line bg-surface p-4">
              <h2 id={headingId} className="text-lg font-semibold">
                {describeAction(r.action)} by {r.actorLabel}
              </h2>
              <p className="text-sm text-muted">
                Recorded <RecordedAt at={r.createdAt} />
                {i === 0 && <> · this is the current version</>}
              </p>
              {r.note && (
                <p className="mt-2 max-w-prose text-sm">
                  <span className="font-medium">Note:</span> <span className="whitespace-pre-line">{r.note}</span>
                </p>
              )}
              <div className="mt-3">
                {r.action === "create" ? (
                  <details>
                    <summary className="cursor-pointer text-sm font-medium">The record as first recorded</summary>
                    <div className="mt-2">
                      <FieldValues changes={changes} names={names} />
                    </div>
                  </details>
                ) : (
                  <FieldDiff changes={changes} names={names} caption={`Fields changed: ${describeAction(r.action)} by ${r.actorLabel}`} />
                )}
              </div>
              {canRevert && i > 0 && r.after && (
                <RevertButton revisionId={r.id} version={currentVersion} returnTo={returnTo} when={formatMoment(r.createdAt)} revert={revert} />
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
