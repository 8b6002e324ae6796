import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EditLinks } from "@/components/editing/edit-links";
import { ChooseDiffForm } from "@/components/plans/choose-diff-form";
import { PlanFamilyTree } from "@/components/plans/plan-family-tree";
import { getNegotiationPlans } from "@/lib/plans/get-negotiation-plans";
import { negotiationPlansHref, planDiffHref } from "@/lib/plans/plan-links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getNegotiationPlans({ slug: (await params).slug });
  return page ? { title: `Plans · ${page.negotiation.title}` } : { title: "Negotiation not found" };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function NegotiationPlansPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const page = await getNegotiationPlans({ slug });
  if (!page) notFound();
  const { negotiation, plans, tree } = page;
  // The chooser below is a GET form: two plans of this negotiation lead to their diff.
  const query = await searchParams;
  const [from, to] = [one(query.from), one(query.to)];
  const known = (id?: string) => id !== undefined && plans.some((p) => p.id === id);
  const sameTwice = known(from) && from === to;
  if (known(from) && known(to) && from !== to) redirect(planDiffHref(from!, to!));

  const latest = plans.at(-1);
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/", label: "Negotiations" },
          { href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title },
        ]}
        current="Plans"
      />
      <h1>Plans and drafts</h1>
      <p className="mt-2 max-w-prose">
        The documents tabled in {negotiation.title}, point by point. Each plan sits under the plan it revises or answers,
        so rival answers to one draft appear side by side; within each level, oldest first.
      </p>
      <EditLinks links={[{ href: `/plans/new?negotiation=${encodeURIComponent(negotiation.slug)}`, label: "Add a plan" }]} />

      {plans.length === 0 ? (
        <p className="mt-6 text-muted">No plan of this negotiation is recorded yet.</p>
      ) : (
        <>
          <section aria-labelledby="compare-heading" className="mt-6">
            <h2 id="compare-heading" className="mb-2 text-xl font-semibold">
              Compare any two plans
            </h2>
            {sameTwice && (
              <p role="alert" className="mb-2 font-medium">
                Choose two different plans to see what changed.
              </p>
            )}
            <ChooseDiffForm action={negotiationPlansHref(negotiation.slug)} plans={plans} from={from ?? plans[0]?.id} to={to ?? latest?.id} />
          </section>
          <section aria-labelledby="tree-heading" className="mt-8">
            <h2 id="tree-heading" className="text-xl font-semibold">
              The family of plans
            </h2>
            <PlanFamilyTree tree={tree} label={`Plans of ${negotiation.title}, each with its later versions`} />
          </section>
        </>
      )}
    </>
  );
}
