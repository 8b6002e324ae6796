import { StatementItem, type StatementView } from "./statement-item";

/** Statements in the order given (callers pass oldest first), drawn as a vertical timeline. */
export function StatementTimeline({ statements, label }: { statements: StatementView[]; label: string }) {
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
