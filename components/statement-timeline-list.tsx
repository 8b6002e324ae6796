"use client";

import { StatementItem, type StatementView } from "./statement-item";

/**
 * StatementTimeline's list. A client component for the size of the page's React payload, not
 * for interactivity: its props travel as the statements' data, where a server component's
 * output would travel as their markup (see components/matrix/matrix-table.tsx).
 */
export function StatementTimelineList({ statements, label }: { statements: StatementView[]; label: string }) {
  return (
    <ol aria-label={label} className="relative ml-2 border-l-2 border-line">
      {statements.map((s) => (
        <li key={s.id} className="relative pb-5 pl-5 last:pb-0">
          <span
            aria-hidden="true"
            className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full border-2 border-ink ${s.status === "current" ? "bg-ink" : "bg-surface"}`}
          />
          <StatementItem statement={s} />
        </li>
      ))}
    </ol>
  );
}
