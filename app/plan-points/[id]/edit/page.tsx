import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { changeRetractionAction } from "@/app/editing/actions";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { PlanPointForm } from "@/components/forms/plan-point-form";
import { db } from "@/lib/db/client";
import { issueOptions } from "@/lib/forms/options";
import { negotiationCrumb } from "@/lib/forms/find-record";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { planPointToFields } from "@/lib/plan-points/plan-point-form-fields";
import type { PlanPointSnapshot } from "@/lib/plan-points/plan-point-snapshot";
import { planHref, planPointEditHref } from "@/lib/plans/plan-links";
import { pointOptions } from "@/lib/plans/plan-options";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { updatePlanPointAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("planPoint", async () => (await params).id);
}

export default async function EditPlanPointPage({ params }: Props) {
  const { id } = await params;
  const path = planPointEditHref(id);
  await requireEditorPage(path);
  const point = await getRecordSnapshot<PlanPointSnapshot>({ entityType: "planPoint", id });
  if (!point) notFound();
  const plan = await db.plan.findUniqueOrThrow({
    where: { id: point.planId },
    select: { id: true, title: true, negotiationId: true, previousVersion: { select: { id: true, title: true } } },
  });
  const [issues, previousPoints, crumb] = await Promise.all([
    issueOptions(plan.negotiationId),
    pointOptions(plan.previousVersion?.id ?? null, point.revisesId ? [point.revisesId] : []),
    negotiationCrumb(plan.negotiationId),
  ]);
  return (
    <>
      <EditPageHeader
        trail={[
          ...crumb,
          { href: planHref(plan.id), label: plan.title },
          { href: `${planHref(plan.id)}/points`, label: "Points" },
        ]}
        current={`Point ${point.number}`}
        title={`Edit point ${point.number} of ${plan.title}`}
        links={[{ href: `/history/planPoint/${encodeURIComponent(point.id)}`, label: "History" }]}
      />
      {point.retractedAt ? (
        <RetractedNotice noun="point" retractedAt={point.retractedAt} />
      ) : (
        <PlanPointForm
          action={updatePlanPointAction}
          initialValues={{ ...planPointToFields(point), id: point.id, version: String(point.version) }}
          currentHref={path}
          options={{
            issues: issues.map(({ value, label }) => ({ value, label })),
            previousPoints: plan.previousVersion ? previousPoints : null,
            previousTitle: plan.previousVersion?.title,
          }}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction} entityType="planPoint" id={point.id} version={point.version} retracted={!!point.retractedAt} noun="point" returnTo={path} />
      </div>
    </>
  );
}
