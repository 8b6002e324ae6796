import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PartialDate } from "@/components/partial-date";
import { ChooseDiffForm } from "@/components/plans/choose-diff-form";
import { PlanDiffEntry } from "@/components/plans/plan-diff-entry";
import { PlanDiffGroups } from "@/components/plans/plan-diff-groups";
import { PlanStatus } from "@/components/plans/plan-status";
import { connectionLine, countsLine, partlyRecordedLine } from "@/lib/plans/diff/diff-words";
import { getPlanDiff, type PlanDiffPage } from "@/lib/plans/get-plan-diff";
import { negotiationPlansHref, planDiffHref, planHref } from "@/lib/plans/plan-links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; other: string }>; searchParams: Promise<{ view?: string | string[] }> };

function PlanLine({ plan }: { plan: PlanDiffPage["from"] }) {
  return (
    <>
      <Link href={planHref(plan.id)}>{plan.title}</Link> · <PartialDate date={plan.date} precision={plan.datePrecision} /> ·{" "}
      <PlanStatus status={plan.status} /> · {plan.recordedPoints} {plan.recordedPoints === 1 ? "point" : "points"} recorded
      {plan.documentPoints !== null && ` of ${plan.documentPoints}`}
    </>
  );
}

async function load(params: Props["params"]) {
  const { id, other } = await params;
  return id === other ? null : getPlanDiff({ fromId: id, toId: other });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  if (!page) return { title: "Plans not found" };
  return { title: `What changed: ${page.from.title} → ${page.to.title}`, description: countsLine(page.diff.counts) };
}

export default async function PlanDiffPage({ params, searchParams }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { from, to, diff, negotiation } = page;
  const inOrder = (await searchParams).view === "order";
  const base = planDiffHref(from.id, to.id);
  const title = (id: string) => page.plans.find((p) => p.id === id)?.title ?? id;
  const sides = { from, to };
  const partly = partlyRecordedLine(diff.partlyRecorded.map(title));

  return (
    <article aria-labelledby="diff-heading" className="plan-diff">
      <Breadcrumbs
        trail={[
          { href: "/", label: "Negotiations" },
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title },
          { href: negotiationPlansHref(negotiation.slug), label: "Plans" },
        ]}
        current="What changed"
      />
      <p className="text-sm text-muted">What changed between two plans</p>
      <h1 id="diff-heading">
        {from.title} → {to.title}
      </h1>
      <p className="mt-3 text-xl font-medium">{countsLine(diff.counts)}</p>
      <p className="mt-1 max-w-prose">{connectionLine(diff.connection, title)}</p>
      {partly && <p className="mt-1 max-w-prose">{partly}</p>}

      <dl className="mt-4 grid gap-x-6 gap-y-2 rounded border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-muted">From</dt>
        <dd>
          <PlanLine plan={from} />
        </dd>
        <dt className="font-medium text-muted">To</dt>
        <dd>
          <PlanLine plan={to} />
        </dd>
      </dl>

      <nav aria-label="How to read the diff" className="no-print mt-4 text-sm">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          <li>{inOrder ? <Link href={base}>Grouped by issue</Link> : <span aria-current="page">Grouped by issue</span>}</li>
          <li>{inOrder ? <span aria-current="page">In printed order</span> : <Link href={`${base}?view=order`}>In printed order</Link>}</li>
          <li>
            <Link href={planDiffHref(to.id, from.id)}>Swap the two plans</Link>
          </li>
        </ul>
      </nav>
      <details className="no-print mt-3">
        <summary className="cursor-pointer">Compare other plans</summary>
        <div className="mt-2">
          <ChooseDiffForm action={negotiationPlansHref(negotiation.slug)} plans={page.plans} from={from.id} to={to.id} />
        </div>
      </details>

      {diff.entries.length === 0 ? (
        <p className="mt-8 text-muted">Neither plan has a recorded point.</p>
      ) : inOrder ? (
        <section aria-labelledby="order-heading" className="mt-8">
          <h2 id="order-heading" className="text-xl font-semibold">
            The points of {to.title} in printed order, then those of {from.title} it pairs with none
          </h2>
          <ol className="mt-3 flex flex-col gap-3" aria-label="Every point, in printed order">
            {diff.entries.map((entry) => (
              <PlanDiffEntry key={entry.kind === "dropped" ? `d-${entry.before.id}` : entry.after.id} entry={entry} sides={sides} />
            ))}
          </ol>
        </section>
      ) : (
        <PlanDiffGroups groups={page.groups} sides={sides} connected={diff.connection.kind !== "none"} />
      )}
    </article>
  );
}
