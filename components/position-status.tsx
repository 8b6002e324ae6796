import type { PositionStatus as Status } from "@/lib/vocab";
import { positionStatusLabel } from "@/lib/vocab/labels";

// A plain lookup rather than the vocabulary's schema: statements render in client components
// too (an issue's timelines), whose bundle should not carry the validation library.
const labelOf = (status: string) => (Object.hasOwn(positionStatusLabel, status) ? positionStatusLabel[status as Status] : status);

/** Whether a statement still stands: in words, with a border style for the older ones. */
export function PositionStatus({ status }: { status: string }) {
  const style =
    status === "current" ? "border-ink font-semibold" : status === "withdrawn" ? "border-dashed border-muted" : "border-muted";
  return <span className={`inline-block rounded-full border px-2 text-xs leading-5 ${style}`}>{labelOf(status)}</span>;
}
