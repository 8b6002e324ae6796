import Link from "next/link";
import { CommitmentStatusBadge } from "@/components/commitment-status-badge";
import { PartialDate } from "@/components/partial-date";
import { PlanStatus } from "@/components/plans/plan-status";
import type { PartyPage } from "@/lib/parties/get-party-page";
import { planHref } from "@/lib/plans/plan-links";

type NegotiationOfParty = PartyPage["negotiations"][number];

/** The plans a party wrote or co-wrote in one negotiation, newest first; nothing when there are none. */
export function PartyPlans({ partyName, negotiation }: { partyName: string; negotiation: NegotiationOfParty }) {
  if (negotiation.plans.length === 0) return null;
  const headingId = `plans-${negotiation.slug}`;
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h3 id={headingId} className="text-lg font-semibold">
        Plans and drafts by {partyName}
      </h3>
      <ul className="mt-2 space-y-1">
        {negotiation.plans.map((plan) => (
          <li key={plan.id}>
            <Link href={planHref(plan.id)}>{plan.title}</Link>
            <span className="text-muted">
              {" "}
              · <PartialDate date={plan.date} precision={plan.datePrecision} />
            </span>{" "}
            <PlanStatus status={plan.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The commitments a party is party to in one negotiation, newest event first; nothing when there are none. */
export function PartyCommitments({ partyName, negotiation }: { partyName: string; negotiation: NegotiationOfParty }) {
  if (negotiation.commitments.length === 0) return null;
  const headingId = `commitments-${negotiation.slug}`;
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h3 id={headingId} className="text-lg font-semibold">
        Commitments {partyName} is party to
      </h3>
      <p className="text-sm text-muted">Newest first, by the event they were made at; each status as recorded now.</p>
      <ul className="mt-2 space-y-2">
        {negotiation.commitments.map((commitment) => (
          <li key={commitment.id} className="max-w-prose">
            <CommitmentStatusBadge status={commitment.status} />{" "}
            <Link href={`/commitments/${encodeURIComponent(commitment.id)}`}>{commitment.summary}</Link>
            {commitment.madeOn && (
              <span className="text-muted">
                {" "}
                · <PartialDate date={commitment.madeOn.date} precision={commitment.madeOn.datePrecision} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
