import { formatMoment } from "@/lib/dates/format-date";

/** Shown to editors on a retracted record's page: readers no longer see it. */
export function RetractedNotice({ noun, retractedAt }: { noun: string; retractedAt: string }) {
  return (
    <div role="note" aria-label="Retracted" className="mb-6 rounded border-2 border-dashed border-ink bg-surface p-4">
      <p className="font-semibold">Retracted</p>
      <p className="mt-1 max-w-prose">
        This {noun} was retracted on {formatMoment(retractedAt)}: readers no longer see it. Restore it to
        show it again and to edit it.
      </p>
    </div>
  );
}
