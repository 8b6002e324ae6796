import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import type { History } from "@/lib/records/get-history";
import type { RevertAction } from "./revert-button";
import { RevisionList } from "./revision-list";

/** A record's history page: what it is, where readers find it, and every revision. */
export function HistoryView({ history, path, revert }: { history: History; path: string; revert: RevertAction }) {
  const kind = history.label;
  return (
    <article aria-labelledby="history-heading">
      <Breadcrumbs
        trail={[
          ...(history.negotiation && history.entityType !== "negotiation"
            ? [{ href: `/negotiations/${encodeURIComponent(history.negotiation.slug)}`, label: history.negotiation.title }]
            : [{ href: "/changes", label: "Recent changes" }]),
          ...(history.href ? [{ href: history.href, label: history.title }] : []),
        ]}
        current="History"
      />
      <p className="text-sm font-medium uppercase tracking-wide text-muted">{kind} history</p>
      <h1 id="history-heading">
        {history.title}
      </h1>
      {history.current.retractedAt && (
        <p className="mt-3 max-w-prose rounded border-2 border-dashed border-line p-3">
          <strong>Retracted.</strong> Readers no longer see this {kind.toLowerCase()}. Revert to an earlier version to
          restore it.
        </p>
      )}
      <p className="mt-3 max-w-prose text-muted">
        Every change Parley has recorded to this {kind.toLowerCase()}, newest first. Dates here are{" "}
        <strong className="font-semibold text-ink">when the record changed</strong> (the recording date), not when
        anything was said or happened.
        {history.href && (
          <>
            {" "}
            <Link href={history.href}>See the {kind.toLowerCase()} as readers see it</Link>.
          </>
        )}
      </p>
      <div className="mt-6">
        <RevisionList
          revisions={history.revisions}
          names={history.names}
          currentVersion={history.current.version}
          canRevert={history.canEdit}
          returnTo={path}
          revert={revert}
        />
      </div>
    </article>
  );
}
