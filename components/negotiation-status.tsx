import { negotiationStatus, type NegotiationStatus as Status } from "@/lib/vocab";

export const negotiationStatusLabel: Record<Status, string> = { active: "Active", paused: "Paused", concluded: "Concluded" };

export function NegotiationStatus({ status }: { status: string }) {
  const parsed = negotiationStatus.safeParse(status);
  return (
    <span className="rounded-full border border-line px-2.5 text-sm leading-6 text-muted">
      Status: {parsed.success ? negotiationStatusLabel[parsed.data] : status}
    </span>
  );
}
