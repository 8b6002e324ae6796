import Link from "next/link";
import type { ReactNode } from "react";

export type StepState = "done" | "missing" | "optional";

const stateWords: Record<StepState, string> = { done: "Done", missing: "To do", optional: "Optional" };
const stateMark: Record<StepState, string> = { done: "✓", missing: "○", optional: "–" };

/**
 * One step of a negotiation's set-up: what it asks for, whether it is done (in words, not
 * colour alone), what exists, and where to go next.
 */
export function SetupStep({
  id,
  number,
  total,
  title,
  state,
  missing,
  next,
  children,
}: {
  id: string;
  number: number;
  total: number;
  title: string;
  state: StepState;
  /** What is still missing, in a sentence; shown when the step is not done. */
  missing?: string;
  next?: { href: string; label: string };
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <li>
      <section id={id} aria-labelledby={headingId} className="scroll-mt-20 rounded-lg border border-line bg-surface p-5">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="text-xl font-semibold">
            <span className="text-muted">
              Step {number} of {total}:
            </span>{" "}
            {title}
          </h2>
          <p className="rounded-full border border-line px-2.5 text-sm leading-6" data-step-state={state}>
            <span aria-hidden="true">{stateMark[state]} </span>
            {stateWords[state]}
          </p>
        </div>
        {state !== "done" && missing && <p className="mt-2 font-medium">{missing}</p>}
        <div className="mt-3 flex flex-col gap-3">{children}</div>
        {next && (
          <p className="no-print mt-4 text-sm">
            Next: <Link href={next.href}>{next.label}</Link>
          </p>
        )}
      </section>
    </li>
  );
}

/** The records a step found, or a sentence saying there are none yet. */
export function StepList({ label, empty, items }: { label: string; empty: string; items: { key: string; content: ReactNode }[] }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul aria-label={label} className="list-disc pl-5">
      {items.map((item) => (
        <li key={item.key}>{item.content}</li>
      ))}
    </ul>
  );
}
