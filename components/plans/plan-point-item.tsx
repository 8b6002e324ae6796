import Link from "next/link";
import { PartialDate } from "@/components/partial-date";
import type { PlanPagePoint } from "@/lib/plans/get-plan-page";
import { pointHref } from "@/lib/plans/plan-links";
import { pointAnchor } from "@/lib/plan-points/plan-point-input";
import { pointChange } from "@/lib/vocab";
import { pointChangeLabel, stanceLabel } from "@/lib/vocab/labels";
import { stance as stanceSchema } from "@/lib/vocab";
import { PointNumber } from "./point-number";

const changeWord = (change: string | null) => {
  const parsed = pointChange.safeParse(change);
  return parsed.success ? pointChangeLabel[parsed.data].toLowerCase() : "revised";
};

/**
 * One point of a plan: its number, summary and issues, the earlier point it revises and
 * the later points that revise it, and the positions that cite it. `anchored` gives it the
 * id links to the point use (once per page).
 */
export function PlanPointItem({ point, negotiationSlug, anchored }: { point: PlanPagePoint; negotiationSlug: string; anchored: boolean }) {
  const headingId = anchored ? pointAnchor(point.number) : undefined;
  return (
    <li id={headingId} className="scroll-mt-4 rounded border border-line bg-surface p-3">
      <h3 className="font-semibold">
        <PointNumber number={point.number} numberPrinted={point.numberPrinted} />
      </h3>
      <p className="mt-1 max-w-prose whitespace-pre-line">{point.summary}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted">Issues</dt>
        <dd>
          {point.issues.length === 0 ? (
            "None recorded"
          ) : (
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {point.issues.map((issue) => (
                <li key={issue.id}>
                  <Link href={`/negotiations/${encodeURIComponent(negotiationSlug)}/issues/${encodeURIComponent(issue.slug)}`} className="inline-block py-0.5">
                    {issue.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {point.revises && (
          <>
            <dt className="text-muted">Revises</dt>
            <dd>
              <Link href={pointHref(point.revises.plan.id, point.revises.number)}>
                Point {point.revises.number} of {point.revises.plan.title}
              </Link>{" "}
              — {changeWord(point.change)}
              {point.changeNote && <>: {point.changeNote}</>}
            </dd>
          </>
        )}
        {!point.revises && point.changeNote && (
          <>
            <dt className="text-muted">Note</dt>
            <dd>{point.changeNote}</dd>
          </>
        )}
        {point.revisedBy.length > 0 && (
          <>
            <dt className="text-muted">Revised in</dt>
            <dd>
              <ul>
                {point.revisedBy.map((later) => (
                  <li key={later.id}>
                    <Link href={pointHref(later.plan.id, later.number)}>
                      Point {later.number} of {later.plan.title}
                    </Link>{" "}
                    ({changeWord(later.change)})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt className="text-muted">Positions citing it</dt>
        <dd>
          {point.citedBy.length === 0 ? (
            "None recorded"
          ) : (
            <ul>
              {point.citedBy.map((p) => (
                <li key={p.id}>
                  <Link href={`/positions/${encodeURIComponent(p.id)}`}>
                    {p.party.shortName} on {p.issue.name}
                  </Link>
                  , <PartialDate date={p.statedOn} precision={p.statedOnPrecision} /> ({stanceLabel[stanceSchema.catch("unclear").parse(p.stance)].toLowerCase()})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </li>
  );
}
