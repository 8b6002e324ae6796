import { EditLinks } from "@/components/editing/edit-links";
import { FactRow } from "@/components/fact-row";
import Link from "next/link";
import { CommitmentStatusBadge } from "./commitment-status-badge";
import { PartialDate } from "./partial-date";
import { SourceList, type SourceView } from "./source-list";

export type CommitmentView = {
  id: string;
  summary: string;
  status: string;
  evidence: string | null;
  parties: { slug: string; shortName: string }[];
  sources: SourceView[];
  event?: { slug: string; name: string; date: Date; datePrecision: string } | null;
  negotiation?: { slug: string; title: string } | null;
};

/** Commitments as a promise tracker: what was promised, by whom, and how it turned out. */
export function CommitmentList({ commitments, label, compact = false }: { commitments: CommitmentView[]; label: string; compact?: boolean }) {
  if (commitments.length === 0) return <p className="text-muted">No commitments to show.</p>;
  return (
    <ol aria-label={label} className="flex flex-col gap-4">
      {commitments.map((c) => (
        <li key={c.id}>
          <article aria-labelledby={`commitment-${c.id}`} className="rounded border border-line bg-surface p-4">
            <p className="mb-1.5">
              <CommitmentStatusBadge status={c.status} />
            </p>
            <h3 id={`commitment-${c.id}`} className="font-semibold leading-snug">
              <Link href={`/commitments/${encodeURIComponent(c.id)}`}>{c.summary}</Link>
            </h3>
            <EditLinks links={[{ href: `/commitments/${encodeURIComponent(c.id)}/edit`, label: "Edit", context: `commitment: ${c.summary}` }]} />
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {c.parties.length > 0 && (
                <FactRow mutedLabel={false} label="Parties">
                  {c.parties.map((p, i) => (
                    <span key={p.slug}>
                      {i > 0 && ", "}
                      <Link href={`/parties/${p.slug}`}>{p.shortName}</Link>
                    </span>
                  ))}
                </FactRow>
              )}
              {c.event && (
                <FactRow mutedLabel={false} label="Made at">
                  <Link href={`/events/${c.event.slug}`}>{c.event.name}</Link>,{" "}
                  <PartialDate date={c.event.date} precision={c.event.datePrecision} />
                </FactRow>
              )}
              {c.negotiation && (
                <FactRow mutedLabel={false} label="Negotiation">
                  <Link href={`/negotiations/${c.negotiation.slug}`}>{c.negotiation.title}</Link>
                </FactRow>
              )}
              {c.evidence && !compact && <FactRow mutedLabel={false} label="Evidence">{c.evidence}</FactRow>}
            </dl>
            {!compact && (
              // A heading, not a region: a list of commitments would hold dozens of regions of one name.
              <div className="mt-3 border-t border-line pt-2 text-sm">
                <h4 className="mb-1 font-medium">Sources</h4>
                <SourceList items={c.sources.map((source) => ({ source }))} label="Sources" compact />
                {/* Readers who weigh a record want to see how it was edited; described by its summary. */}
                <p className="mt-2">
                  <Link href={`/history/commitment/${encodeURIComponent(c.id)}`} aria-describedby={`commitment-${c.id}`}>
                    Every edit to this record, with what changed
                  </Link>
                </p>
              </div>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
