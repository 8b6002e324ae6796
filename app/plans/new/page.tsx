import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { PlanForm } from "@/components/forms/plan-form";
import { findNegotiation } from "@/lib/forms/find-record";
import { negotiationOptions, partyOptions, sourceOptions } from "@/lib/forms/options";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { planOptions } from "@/lib/plans/plan-options";
import { createPlanAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New plan", robots: { index: false } };

type Props = { searchParams: Promise<{ negotiation?: string | string[] }> };

export default async function NewPlanPage({ searchParams }: Props) {
  const slug = (await searchParams).negotiation;
  const negotiationSlug = typeof slug === "string" ? slug : "";
  await requireEditorPage(`/plans/new${negotiationSlug ? `?negotiation=${encodeURIComponent(negotiationSlug)}` : ""}`);
  const negotiation = negotiationSlug ? await findNegotiation(negotiationSlug) : null;
  const [negotiations, plans, parties, sources] = await Promise.all([
    negotiationOptions(),
    planOptions({ negotiationId: negotiation?.id }),
    partyOptions([], negotiation?.id),
    sourceOptions(),
  ]);
  return (
    <>
      <EditPageHeader
        trail={
          negotiation
            ? [
                { href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title },
                { href: `/negotiations/${encodeURIComponent(negotiation.slug)}/plans`, label: "Plans" },
              ]
            : []
        }
        current="New plan"
        title="New plan"
      >
        A document tabled in a negotiation. Save it, then paste or type its points and map each to the issues it touches.
      </EditPageHeader>
      <PlanForm
        action={createPlanAction}
        initialValues={{ negotiationId: negotiation?.id ?? "", status: "proposed" }}
        submitLabel="Create plan, then add its points"
        currentHref="/plans/new"
        negotiations={negotiations}
        plans={plans}
        parties={parties}
        sources={sources}
        previousPoints={null}
      />
    </>
  );
}
