import Link from "next/link";
import { PartialDate } from "@/components/partial-date";
import type { FamilyPlan } from "@/lib/plans/load-plan-family";
import { planDiffHref, planHref } from "@/lib/plans/plan-links";
import type { TreeNode } from "@/lib/plans/plan-tree";
import { PlanStatus } from "./plan-status";

function PlanEntry({ node, parent }: { node: TreeNode<FamilyPlan>; parent: FamilyPlan | null }) {
  const { plan } = node;
  const headingId = `plan-${plan.id}`;
  return (
    <li className="mt-3">
      <article aria-labelledby={headingId} className="rounded border border-line bg-surface p-3">
        <p className="text-sm text-muted">
          <PartialDate date={plan.date} precision={plan.datePrecision} />
          {plan.authors.length > 0 && <> · {plan.authors.map((a) => a.shortName).join(", ")}</>}
        </p>
        <h3 id={headingId} className="font-semibold">
          <Link href={planHref(plan.id)}>{plan.title}</Link>
        </h3>
        <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <PlanStatus status={plan.status} />
          <span>
            {plan.recordedPoints === 0
              ? "No point recorded"
              : `${plan.recordedPoints} ${plan.recordedPoints === 1 ? "point" : "points"} recorded`}
            {plan.documentPoints !== null && ` of ${plan.documentPoints}`}
          </span>
          {parent && (
            <Link href={planDiffHref(parent.id, plan.id)}>
              What changed from {parent.title}
            </Link>
          )}
        </p>
      </article>
      {node.children.length > 0 && (
        <ol aria-label={`Later versions of and answers to ${plan.title}`}>
          {node.children.map((child) => (
            <PlanEntry key={child.plan.id} node={child} parent={plan} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * A negotiation's plans as nested lists: each plan, and under it the plans that revise or
 * answer it, oldest first. Drawn on the server; the nesting reads as a tree with or without
 * styles, and to a screen reader as lists within lists.
 */
export function PlanFamilyTree({ tree, label }: { tree: TreeNode<FamilyPlan>[]; label: string }) {
  return (
    <ol aria-label={label} className="plan-tree">
      {tree.map((node) => (
        <PlanEntry key={node.plan.id} node={node} parent={null} />
      ))}
    </ol>
  );
}
