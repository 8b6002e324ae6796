import { planStatus } from "@/lib/vocab";
import { planStatusLabel } from "@/lib/vocab/labels";

/** A plan's status in words (draft, proposed, agreed, superseded, rejected). */
export function PlanStatus({ status }: { status: string }) {
  const parsed = planStatus.safeParse(status);
  return (
    <span className="inline-block rounded-full border border-line px-2 text-sm leading-6 text-muted whitespace-nowrap">
      {parsed.success ? planStatusLabel[parsed.data] : status}
    </span>
  );
}
