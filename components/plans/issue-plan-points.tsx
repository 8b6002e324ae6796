import Link from "next/link";
import { PartialDate } from "@/components/partial-date";
import type { IssuePlanPoints as Plans } from "@/lib/plans/list-issue-plan-points";
import { planHref, pointHref } from "@/lib/plans/plan-links";
import { PlanStatus } from "./plan-status";
import { PointNumber } from "./point-number";

/** The points of every plan that touch one issue, plan beside plan in date order. */
export function IssuePlanPoints({ plans, issueName }: { plans: Plans; issueName: string }) {
  if (plans.length === 0) return <p className="mt-2 text-muted">No recorded point of any plan touches {issueName}.</p>;
  return (
    <ul aria-label={`Plans with points on ${issueName}`} className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {plans.map((plan) => (
        <li key={plan.id} className="rounded border border-line bg-surface p-4">
          <h3 className="font-semibold">
            <Link href={planHref(plan.id)}>{plan.title}</Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-muted">
            <PartialDate date={plan.date} precision={plan.datePrecision} />
            <PlanStatus status={plan.status} />
          </p>
          <ol className="mt-2 flex flex-col gap-2" aria-label={`Points of ${plan.title} on ${issueName}`}>
            {plan.points.map((point) => (
              <li key={point.id}>
                <Link href={pointHref(plan.id, point.number)} className="font-medium">
                  <PointNumber number={point.number} numberPrinted={point.numberPrinted} />
                </Link>
                : {point.summary}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
