import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { SavedNotice } from "@/components/editing/saved-notice";
import { PlanPointsForm } from "@/components/forms/plan-points-form";
import { db } from "@/lib/db/client";
import { negotiationCrumb } from "@/lib/forms/find-record";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { issueOptions } from "@/lib/forms/options";
import { pointRowsToFields, storedPointRows } from "@/lib/plan-points/plan-point-form-fields";
import { planPointWriter } from "@/lib/plan-points/plan-point-writer";
import { planHref } from "@/lib/plans/plan-links";
import { pointOptions } from "@/lib/plans/plan-options";
import type { PlanSnapshot } from "@/lib/plans/plan-snapshot";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { notRetracted } from "@/lib/records/visible";
import { savePlanPointsAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Points of a plan", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function PlanPointsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `${planHref(id)}/points`;
  await requireEditorPage(path);
  const plan = await getRecordSnapshot<PlanSnapshot>({ entityType: "plan", id });
  if (!plan) notFound();
  const ids = await db.planPoint.findMany({ where: { planId: plan.id, ...notRetracted }, orderBy: [{ order: "asc" }, { createdAt: "asc" }], select: { id: true } });
  const [points, issues, previousPoints, previous, crumb] = await Promise.all([
    Promise.all(ids.map(async ({ id: pointId }) => (await planPointWriter.load(db, pointId))!)),
    issueOptions(plan.negotiationId),
    pointOptions(plan.previousVersionId),
    plan.previousVersionId ? db.plan.findUnique({ where: { id: plan.previousVersionId }, select: { title: true } }) : null,
    negotiationCrumb(plan.negotiationId),
  ]);
  const rows = storedPointRows(points.map((p) => ({ ...p, issueIds: p.issueIds ?? [] })));
  return (
    <>
      <EditPageHeader
        trail={[...crumb, { href: planHref(plan.id), label: plan.title }]}
        current="Points"
        title={`Points of ${plan.title}`}
        links={[
          { href: planHref(plan.id), label: "Read the plan" },
          { href: `${planHref(plan.id)}/edit`, label: "Edit the plan itself" },
        ]}
      >
        Paste the plan&rsquo;s numbered lines to add its points, then say which issues each touches
        {plan.previousVersionId ? " and which point of the plan it revises it keeps or changes" : ""}. Nothing is saved until you choose
        &ldquo;Save points&rdquo;.
      </EditPageHeader>
      <SavedNotice saved={(await searchParams).saved} noun="plan" />
      {plan.retractedAt ? (
        <RetractedNotice noun="plan" retractedAt={plan.retractedAt} />
      ) : (
        <PlanPointsForm
          action={savePlanPointsAction}
          initialValues={{ planId: plan.id, ...pointRowsToFields(rows) }}
          currentHref={path}
          options={{
            issues: issues.map(({ value, label }) => ({ value, label })),
            previousPoints: plan.previousVersionId ? previousPoints : null,
            previousTitle: previous?.title,
          }}
        />
      )}
    </>
  );
}
