import type { Conflict } from "@/lib/forms/form-state";

import { formatMoment } from "@/lib/dates/format-date";

/**
 * "Someone else saved this record first": the editor's submitted values beside the stored
 * record, field by field, each row saying in words whether the two differ.
 */
export function ConflictPanel({ conflict, headingId, currentHref }: { conflict: Conflict; headingId: string; currentHref: string }) {
  const rows = conflict.rows.filter((r) => r.yours !== "" || r.theirs !== "");
  const differing = rows.filter((r) => !r.same).length;
  return (
    <section aria-labelledby={headingId} className="mb-6 rounded border-2 border-amber-700 bg-surface p-4 dark:border-amber-400">
      <h2 id={headingId} tabIndex={-1} className="text-xl font-semibold outline-none">
        Someone else saved this record first
      </h2>
      <p className="mt-2 max-w-prose">
        {conflict.savedBy ? <strong>{conflict.savedBy}</strong> : "Another editor"} saved a new version
        {conflict.savedAt && <> on {formatMoment(conflict.savedAt)}</>} after you opened this form.{" "}
        <strong>Your changes have not been saved.</strong> {differing === 1 ? "One field differs" : `${differing} fields differ`}{" "}
        between your version and theirs.
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-medium">Your version beside the saved version, field by field</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1.5 pr-3">Field</th>
              <th scope="col" className="py-1.5 pr-3">Compared</th>
              <th scope="col" className="py-1.5 pr-3">Your version (not saved)</th>
              <th scope="col" className="py-1.5">Saved version (now current)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className={`border-b border-line align-top ${r.same ? "" : "bg-amber-50 dark:bg-amber-950/40"}`}>
                <th scope="row" className="py-1.5 pr-3 font-medium">{r.label}</th>
                <td className="py-1.5 pr-3">{r.same ? "Same" : <strong>Different</strong>}</td>
                <td className="max-w-[22rem] whitespace-pre-line break-words py-1.5 pr-3">{r.yours || <span className="text-muted">(empty)</span>}</td>
                <td className="max-w-[22rem] whitespace-pre-line break-words py-1.5">{r.theirs || <span className="text-muted">(empty)</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 max-w-prose">
        The form below holds <strong>your</strong> values and now carries the saved version&rsquo;s number, so saving
        it replaces their version with yours. Edit it first if you want to keep some of their changes, or{" "}
        <a href={currentHref}>discard your changes and start from the saved version</a>.
      </p>
    </section>
  );
}
