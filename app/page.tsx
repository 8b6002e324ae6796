import { NegotiationCard } from "@/components/negotiation-card";
import { listNegotiations } from "@/lib/negotiations/list-negotiations";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const negotiations = await listNegotiations();
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">Negotiations</h1>
      <p className="mt-2 max-w-prose text-muted">
        What each party to a peace process says it wants or offers, issue by issue, dated by when it was said and
        sourced claim by claim.
      </p>
      <div className="mt-6 flex flex-col gap-6">
        {negotiations.length === 0 ? (
          <p>No negotiations are recorded yet.</p>
        ) : (
          negotiations.map((n) => <NegotiationCard key={n.slug} negotiation={n} />)
        )}
      </div>
    </>
  );
}
