import type { Conflict, ConflictRow, FieldChange } from "@/lib/forms/form-state";
import { listLabels, summariseChanges } from "@/lib/forms/three-way";

import { formatMoment } from "@/lib/dates/format-date";

/** Who changed a field, in words: the row's status never rests on its colour. */
const changedBy: Record<FieldChange, string> = {
  none: "Neither of you",
  yours: "You only",
  theirs: "They only",
  "both-same": "Both of you, the same way",
  "both-different": "Both of you, differently",
  unrecorded: "Not known",
};

/** What the form below holds for the row, where that needs saying. */
function inTheForm(row: ConflictRow, merged: boolean): string | null {
  switch (row.change) {
    case "theirs":
      return merged ? "The form below now holds their value." : "The form below holds yours: saving undoes their change.";
    case "both-different":
      return "The form below holds yours: check it.";
    case "unrecorded":
      return row.same ? "Yours and theirs are the same." : "Yours and theirs differ; the form below holds yours.";
    default:
      return null;
  }
}

const labelsOf = (rows: ConflictRow[], change: FieldChange) => rows.filter((r) => r.change === change).map((r) => r.label);

/** What saving the form now does, truthfully for each way the form was filled. */
function SavingNow({ conflict, rows, currentHref }: { conflict: Conflict; rows: ConflictRow[]; currentHref: string }) {
  const discard = <a href={currentHref}>discard your changes and start from the saved version</a>;
  const theirs = labelsOf(rows, "theirs");
  const yours = labelsOf(rows, "yours");
  const different = labelsOf(rows, "both-different");
  const check = different.length > 0 && (
    <>
      {" "}
      {listLabels(different)} {different.length === 1 ? "holds" : "hold"} your version, though they changed {different.length === 1 ? "it" : "them"} too: check{" "}
      {different.length === 1 ? "it" : "them"} before saving.
    </>
  );
  if (conflict.merged) {
    return (
      <p className="mt-4 max-w-prose">
        The form below now holds <strong>their</strong> changes to {listLabels(theirs)}
        {yours.length > 0 && (
          <>
            {" "}
            and <strong>your</strong> changes to {listLabels(yours)}
          </>
        )}
        , and carries the saved version&rsquo;s number, so saving it keeps both.{check} Or {discard}.
      </p>
    );
  }
  return (
    <p className="mt-4 max-w-prose">
      The form below holds <strong>your</strong> values and now carries the saved version&rsquo;s number, so saving it replaces their version with
      yours{theirs.length > 0 && <>, undoing their changes to {listLabels(theirs)}</>}.{check} Edit it first if you want to keep some of their
      changes, or {discard}.
    </p>
  );
}

/**
 * "Someone else saved this record first": each field as the editor started from it, as they
 * submitted it and as it is now stored, each row saying in words who changed it; without
 * the version started from, the editor's values beside the stored ones.
 */
export function ConflictPanel({ conflict, headingId, currentHref }: { conflict: Conflict; headingId: string; currentHref: string }) {
  const threeWay = conflict.startedFrom !== undefined;
  const rows = conflict.rows.filter((r) => r.yours !== "" || r.theirs !== "" || (r.base ?? "") !== "");
  const differing = rows.filter((r) => !r.same).length;
  const summary = threeWay ? summariseChanges(rows) : null;
  return (
    <section aria-labelledby={headingId} className="mb-6 rounded border-2 border-amber-700 bg-surface p-4 dark:border-amber-400">
      <h2 id={headingId} tabIndex={-1} className="text-xl font-semibold outline-none">
        Someone else saved this record first
      </h2>
      <p className="mt-2 max-w-prose">
        {conflict.savedBy ? <strong>{conflict.savedBy}</strong> : "Another editor"} saved a new version
        {conflict.savedAt && <> on {formatMoment(conflict.savedAt)}</>} after you opened this form.{" "}
        <strong>Your changes have not been saved.</strong>{" "}
        {summary ?? (
          <>
            {differing === 1 ? "One field differs" : `${differing} fields differ`} between your version and theirs.
          </>
        )}
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-medium">
            {threeWay
              ? `Who changed what since version ${conflict.startedFrom}, the one you started from, field by field`
              : "Your version beside the saved version, field by field"}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1.5 pr-3">Field</th>
              <th scope="col" className="py-1.5 pr-3">{threeWay ? "Changed by" : "Compared"}</th>
              {threeWay && <th scope="col" className="py-1.5 pr-3">Version you started from</th>}
              <th scope="col" className="py-1.5 pr-3">Your version (not saved)</th>
              <th scope="col" className="py-1.5">Saved version (now current)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const marked = threeWay ? r.change !== "none" && r.change !== "both-same" : !r.same;
              const note = threeWay ? inTheForm(r, !!conflict.merged) : null;
              return (
                <tr key={r.path ?? r.label} className={`border-b border-line align-top ${marked ? "bg-amber-50 dark:bg-amber-950/40" : ""}`}>
                  <th scope="row" className="py-1.5 pr-3 font-medium">{r.label}</th>
                  <td className="py-1.5 pr-3">
                    {threeWay && r.change ? (
                      <>
                        {marked ? <strong>{changedBy[r.change]}</strong> : changedBy[r.change]}
                        {note && <span className="block">{note}</span>}
                      </>
                    ) : r.same ? (
                      "Same"
                    ) : (
                      <strong>Different</strong>
                    )}
                  </td>
                  {threeWay && <ValueCell text={r.base} className="pr-3" />}
                  <ValueCell text={r.yours} className="pr-3" />
                  <ValueCell text={r.theirs} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SavingNow conflict={conflict} rows={threeWay ? rows : []} currentHref={currentHref} />
    </section>
  );
}

function ValueCell({ text, className = "" }: { text: string | undefined; className?: string }) {
  return (
    <td className={`max-w-[22rem] whitespace-pre-line break-words py-1.5 ${className}`}>
      {text === undefined ? <span className="text-muted">(not recorded)</span> : text || <span className="text-muted">(empty)</span>}
    </td>
  );
}
