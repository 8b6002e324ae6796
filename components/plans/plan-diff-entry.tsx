import Link from "next/link";
import type { DiffEntry } from "@/lib/plans/diff/diff-plans";
import type { DiffPoint } from "@/lib/plans/diff/diff-types";
import { wordDiff } from "@/lib/plans/diff/word-diff";
import { pointHref } from "@/lib/plans/plan-links";
import { PointNumber } from "./point-number";
import { WordDiffText } from "./word-diff-text";

export type DiffSides = { from: { id: string; title: string }; to: { id: string; title: string } };

type ShownKind = DiffEntry["kind"] | "unrecorded";
const kindWord: Record<ShownKind, string> = { kept: "Kept", changed: "Changed", added: "Added", dropped: "Dropped", unrecorded: "No counterpart recorded" };
const kindMark: Record<ShownKind, string> = { kept: "=", changed: "≠", added: "+", dropped: "−", unrecorded: "?" };

function PointLink({ planId, point }: { planId: string; point: DiffPoint }) {
  return (
    <Link href={pointHref(planId, point.number)}>
      <PointNumber number={point.number} numberPrinted={point.numberPrinted} />
    </Link>
  );
}

/** The entry's kind in words, with a sign, never colour alone. */
export function EntryKind({ kind }: { kind: ShownKind }) {
  return (
    <span className={`diff-kind diff-kind-${kind}`}>
      <span aria-hidden="true">{kindMark[kind]} </span>
      {kindWord[kind]}
    </span>
  );
}

/** One point's fate between two plans: kept or changed (with a word diff of the summaries), added, or dropped. */
export function PlanDiffEntry({ entry, sides }: { entry: DiffEntry; sides: DiffSides }) {
  if (entry.kind === "dropped") {
    return (
      <li className="rounded border border-line bg-surface p-3">
        <p className="font-semibold">
          <EntryKind kind={entry.unrecorded ? "unrecorded" : "dropped"} /> <PointLink planId={sides.from.id} point={entry.before} />
          <span className="font-normal text-muted"> of {sides.from.title}</span>
        </p>
        <p className="mt-1 max-w-prose">{entry.before.summary}</p>
        {entry.note && <p className="mt-1 max-w-prose text-sm">As the sources say: {entry.note}</p>}
      </li>
    );
  }
  if (entry.kind === "added") {
    return (
      <li className="rounded border border-line bg-surface p-3">
        <p className="font-semibold">
          <EntryKind kind={entry.unrecorded ? "unrecorded" : "added"} /> <PointLink planId={sides.to.id} point={entry.after} />
          <span className="font-normal text-muted"> of {sides.to.title}</span>
        </p>
        <p className="mt-1 max-w-prose">{entry.after.summary}</p>
      </li>
    );
  }
  const { before, after } = entry;
  return (
    <li className="rounded border border-line bg-surface p-3">
      <p className="font-semibold">
        <EntryKind kind={entry.kind} /> <PointLink planId={sides.to.id} point={after} />
        <span className="font-normal">
          {" "}
          (was{" "}
          {before.map((b, i) => (
            <span key={b.id}>
              {i > 0 && " and "}
              <PointLink planId={sides.from.id} point={b} />
            </span>
          ))}
          )
        </span>
      </p>
      {entry.kind === "changed" ? (
        <>
          {before.map((b) => (
            <div key={b.id} className="mt-1">
              {before.length > 1 && <p className="text-sm text-muted">Against point {b.number}:</p>}
              <WordDiffText parts={wordDiff(b.summary, after.summary)} />
            </div>
          ))}
          <details className="mt-1 text-sm">
            <summary>Both wordings in full</summary>
            <div className="mt-1 grid gap-3 md:grid-cols-2">
              <div>
                <p className="font-semibold">In {sides.from.title}</p>
                {before.map((b) => (
                  <p key={b.id} className="mt-1">
                    {before.length > 1 && `${b.number}: `}
                    {b.summary}
                  </p>
                ))}
              </div>
              <div>
                <p className="font-semibold">In {sides.to.title}</p>
                <p className="mt-1">{after.summary}</p>
              </div>
            </div>
          </details>
        </>
      ) : (
        <>
          <p className="mt-1 max-w-prose">{after.summary}</p>
          <details className="mt-1 text-sm">
            <summary>As worded in {sides.from.title}</summary>
            {before.map((b) => (
              <p key={b.id} className="mt-1 max-w-prose">
                {b.summary}
              </p>
            ))}
          </details>
        </>
      )}
      {entry.notes.length > 0 && (
        <p className="mt-1 max-w-prose text-sm">
          What changed, as the sources say: {entry.notes.join(" ")}
        </p>
      )}
    </li>
  );
}
