import { commitmentStatus, type CommitmentStatus } from "@/lib/vocab";
import { commitmentStatusLabel } from "@/lib/vocab/labels";
import { ShapeIcon, type Shape } from "./shape-icon";

const look: Record<CommitmentStatus, { className: string; shape: Shape }> = {
  promised: { className: "bg-commitment-promised", shape: "ring" },
  "in-progress": { className: "bg-commitment-in-progress", shape: "half" },
  fulfilled: { className: "bg-commitment-fulfilled", shape: "check" },
  broken: { className: "bg-commitment-broken", shape: "cross" },
};

/** A commitment's status in words, with its colour and shape. */
export function CommitmentStatusBadge({ status }: { status: string }) {
  const parsed = commitmentStatus.safeParse(status);
  if (!parsed.success) return <span className="text-sm">{status}</span>;
  const { className, shape } = look[parsed.data];
  return (
    <span className={`badge ${className}`}>
      <ShapeIcon shape={shape} />
      {commitmentStatusLabel[parsed.data]}
    </span>
  );
}
