import type { StatementView } from "./statement-item";
import { StatementTimelineList } from "./statement-timeline-list";

/**
 * Statements in the order given (callers pass oldest first), drawn as a vertical timeline.
 * Only the fields a statement shows are handed on: whatever else a caller's records carry
 * would otherwise be sent to the browser with them.
 */
export function StatementTimeline({ statements, label }: { statements: StatementView[]; label: string }) {
  const shown = statements.map(({ id, stance, summary, status, statedOn, statedOnPrecision, withdrawnOn, event }) => ({
    id,
    stance,
    summary,
    status,
    statedOn,
    statedOnPrecision,
    withdrawnOn,
    event: event ? { slug: event.slug, name: event.name } : event,
  }));
  return <StatementTimelineList statements={shown} label={label} />;
}
