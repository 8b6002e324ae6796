import { NegotiationCard } from "@/components/negotiation-card";
import { negotiationStatusLabel } from "@/components/negotiation-status";
import { NegotiationStatusFilter } from "@/components/negotiation-status-filter";
import { listNegotiations } from "@/lib/negotiations/list-negotiations";
import { negotiationStatus, negotiationStatuses, type NegotiationStatus } from "@/lib/vocab";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  const asked = (await searchParams).status;
  const parsed = negotiationStatus.safeParse(asked);
  const status = parsed.success ? parsed.data : null;
  const all = await listNegotiations();
  const counts = Object.fromEntries(negotiationStatuses.map((s) => [s, all.filter((n) => n.status === s).length])) as Record<NegotiationStatus, number>;
  const negotiations = status ? all.filter((n) => n.status === status) : all;
  return (
    <>
      <h1>Negotiations</h1>
      <p className="mt-2 max-w-prose text-muted">
        What each party to a peace process says it wants or offers, issue by issue, dated by when it was said and
        sourced claim by claim.
      </p>
      {all.length > 0 && <NegotiationStatusFilter counts={counts} current={status} />}
      {asked !== undefined && !status && (
        <p role="status" className="mt-3">
          There is no status &ldquo;{String(asked)}&rdquo;: showing every negotiation. Statuses are{" "}
          {negotiationStatuses.map((s) => negotiationStatusLabel[s].toLowerCase()).join(", ")}.
        </p>
      )}
      <div className="mt-6 flex flex-col gap-6">
        {all.length === 0 ? (
          <p>No negotiations are recorded yet.</p>
        ) : negotiations.length === 0 ? (
          <p>No negotiation is {status ? negotiationStatusLabel[status].toLowerCase() : ""}.</p>
        ) : (
          negotiations.map((n) => <NegotiationCard key={n.slug} negotiation={n} />)
        )}
      </div>
    </>
  );
}
