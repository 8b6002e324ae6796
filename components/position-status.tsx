import { positionStatus } from "@/lib/vocab";
import { positionStatusLabel } from "@/lib/vocab/labels";

/** Whether a statement still stands: in words, with a border style for the older ones. */
export function PositionStatus({ status }: { status: string }) {
  const parsed = positionStatus.safeParse(status);
  const label = parsed.success ? positionStatusLabel[parsed.data] : status;
  const style =
    status === "current" ? "border-ink font-semibold" : status === "withdrawn" ? "border-dashed border-muted" : "border-muted";
  return <span className={`inline-block rounded-full border px-2 text-xs leading-5 ${style}`}>{label}</span>;
}
