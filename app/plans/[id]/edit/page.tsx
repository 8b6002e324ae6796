import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { changeRetractionAction } from "@/app/editing/actions";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { PlanForm } from "@/components/forms/plan-form";
import { negotiationCrumb } from "@/lib/forms/find-record";
import { negotiationOptions, partyOptions, sourceOptions } from "@/lib/forms/options";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { planToFields } from "@/lib/plans/plan-form-fields";
import { planHref } from "@/lib/plans/plan-links";
import { planOptions, pointOptions } from "@/lib/plans/plan-options";
import type { PlanSnapshot } from "@/lib/plans/plan-snapshot";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { updatePlanAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("plan", async () => (await params).id);
}

export default async function EditPlanPage({ params }: Props) {
  const { id } = await params;
  const path = `${planHref(id)}/edit`;
  await requireEditorPage(path);
  const plan = await getRecordSnapshot<PlanSnapshot>({ entityType: "plan", id });
  if (!plan) notFound();
  const dropped = plan.droppedPoints?.map((d) => d.pointId) ?? [];
  const [negotiations, plans, parties, sources, previousPoints, crumb] = await Promise.all([
    negotiationOptions([plan.negotiationId]),
    planOptions({ negotiationId: plan.negotiationId, except: plan.id, keep: plan.previousVersionId ? [plan.previousVersionId] : [] }),
    partyOptions(plan.authorIds, plan.negotiationId),
    sourceOptions(plan.sourceIds),
    pointOptions(plan.previousVersionId, dropped),
    negotiationCrumb(plan.negotiationId),
  ]);
  return (
    <>
      <EditPageHeader
        trail={[...crumb, { href: planHref(plan.id), label: plan.title }]}
        current="Edit"
        title={`Edit plan: ${plan.title}`}
        links={[
          { href: `${planHref(plan.id)}/points`, label: "Add, arrange and map its points" },
          { href: `/history/plan/${encodeURIComponent(plan.id)}`, label: "History" },
        ]}
      />
      {plan.retractedAt ? (
        <RetractedNotice noun="plan" retractedAt={plan.retractedAt} />
      ) : (
        <PlanForm
          action={updatePlanAction}
          initialValues={{ ...planToFields(plan), id: plan.id, version: String(plan.version) }}
          submitLabel="Save changes"
          currentHref={path}
          negotiations={negotiations}
          plans={plans}
          parties={parties}
          sources={sources}
          previousPoints={plan.previousVersionId ? previousPoints : null}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction} entityType="plan" id={plan.id} version={plan.version} retracted={!!plan.retractedAt} noun="plan" returnTo={path} />
      </div>
    </>
  );
}
