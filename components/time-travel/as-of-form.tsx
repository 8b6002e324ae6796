import type { AsOfParam } from "@/lib/dates/as-of-param";
import { todayText } from "@/lib/dates/as-of-param";

/**
 * A GET form that reloads the page as of a statement date. The page's other URL state
 * travels in hidden fields, so choosing a date keeps the selection it was made on.
 */
export function AsOfForm({
  action,
  asOf,
  keep = {},
  idPrefix = "as-of",
  compact = false,
}: {
  action: string;
  asOf: AsOfParam;
  keep?: Record<string, string | null | undefined>;
  idPrefix?: string;
  /** One line: label, date and button side by side, the hint beside them (above a matrix, where height counts). */
  compact?: boolean;
}) {
  const inputId = `${idPrefix}-date`;
  const hintId = `${idPrefix}-hint`;
  return (
    <form method="get" action={action} aria-label="Show positions as of a date" className="no-print flex flex-wrap items-end gap-x-3 gap-y-2">
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className={compact ? "flex items-center gap-2" : "flex flex-col gap-1"}>
        <label htmlFor={inputId} className="text-sm font-semibold">
          Show positions as of
        </label>
        <input
          id={inputId}
          type="date"
          name="asOf"
          min="1900-01-01"
          max={todayText()}
          defaultValue={asOf.kind === "valid" ? asOf.text : ""}
          aria-describedby={hintId}
          className="rounded border border-muted bg-surface px-2 py-1.5"
        />
      </div>
      <button type="submit" className="rounded border border-ink bg-surface px-3 py-1.5 font-medium hover:bg-paper">
        Show
      </button>
      <p id={hintId} className={compact ? "max-w-xs text-xs text-muted" : "w-full text-sm text-muted"}>
        The date a statement was made (the statement date), not the date Parley recorded it.
      </p>
    </form>
  );
}
