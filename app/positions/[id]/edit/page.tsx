import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { changeRetractionAction } from "@/app/editing/actions";
import { PositionForm } from "@/components/forms/position-form";
import { loadPositionFormData } from "@/lib/forms/position-form-data";
import { positionToFields } from "@/lib/positions/position-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { updatePositionAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("position", async () => (await params).id);
}

export default async function EditPositionPage({ params }: Props) {
  const { id } = await params;
  const path = `/positions/${encodeURIComponent(id)}`;
  await requireEditorPage(`${path}/edit`);
  const position = await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id });
  if (!position) notFound();
  const data = await loadPositionFormData({
    issueId: position.issueId,
    partyId: position.partyId,
    eventId: position.eventId,
    sourceIds: position.citations?.map((c) => c.sourceId),
    pointIds: position.pointIds,
  });
  if (!data) notFound();
  const { party, issue } = data;

  return (
    <>
      <EditPageHeader
        trail={[
          { href: `/negotiations/${issue.negotiation.slug}`, label: issue.negotiation.title },
          { href: `/negotiations/${issue.negotiation.slug}/issues/${issue.slug}`, label: issue.name },
          ...(position.retractedAt ? [] : [{ href: path, label: `${party.shortName} position` }]),
        ]}
        current="Edit"
        title={`Edit: ${party.shortName} on ${issue.name}`}
        links={[
          ...(position.retractedAt ? [] : [{ href: path, label: "View as readers see it" }]),
          { href: `${path}/history`, label: "History" },
          ...(position.status === "current" && !position.retractedAt ? [{ href: `${path}/new-statement`, label: "New statement" }] : []),
        ]}
      >
        {position.retractedAt ? (
          <>Retracted: readers no longer see this statement. Restore it below to edit it again.</>
        ) : (
          <>
            Statement {position.status}. To record what {party.shortName} said later, use &ldquo;New statement&rdquo;
            rather than editing this one.
          </>
        )}
      </EditPageHeader>
      {position.retractedAt ? (
        <RetractedNotice noun="position" retractedAt={position.retractedAt} />
      ) : (
        <PositionForm
          mode="edit"
          action={updatePositionAction}
          kind={data.kind}
          initialValues={{ ...positionToFields(position, data.kind), id: position.id, version: String(position.version) }}
          events={data.events}
          sources={data.sources}
          points={data.points}
          termChoices={data.termChoices}
          currentHref={`${path}/edit`}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction}
          entityType="position"
          id={position.id}
          version={position.version}
          retracted={!!position.retractedAt}
          noun="position"
          returnTo={`${path}/edit`}
        />
      </div>
    </>
  );
}
