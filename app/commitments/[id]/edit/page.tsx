import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { changeRetractionAction } from "@/app/editing/actions";
import { CommitmentForm } from "@/components/forms/commitment-form";
import { eventOptions, negotiationOptions, partyOptions, sourceOptions } from "@/lib/forms/options";
import { commitmentToFields } from "@/lib/commitments/commitment-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { negotiationOfRecord } from "@/lib/records/negotiation-of-record";
import type { CommitmentSnapshot } from "@/lib/commitments/commitment-snapshot";
import { updateCommitmentAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("commitment", async () => (await params).id);
}

export default async function EditCommitmentPage({ params }: Props) {
  const { id } = await params;
  const path = `/commitments/${encodeURIComponent(id)}/edit`;
  await requireEditorPage(path);
  const commitment = await getRecordSnapshot<CommitmentSnapshot>({ entityType: "commitment", id });
  if (!commitment) notFound();
  const [negotiation, negotiations, events, parties, sources] = await Promise.all([
    negotiationOfRecord("commitment", commitment),
    negotiationOptions([commitment.negotiationId]),
    eventOptions(commitment.negotiationId, commitment.eventId ? [commitment.eventId] : []),
    partyOptions(commitment.partyIds, commitment.negotiationId),
    sourceOptions(commitment.sourceIds),
  ]);
  return (
    <>
      <EditPageHeader
        trail={[
          ...(negotiation ? [{ href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title }] : []),
          { href: "/commitments", label: "Commitments" },
          ...(commitment.retractedAt ? [] : [{ href: `/commitments/${encodeURIComponent(commitment.id)}`, label: "Commitment" }]),
        ]}
        current="Edit"
        title={negotiation ? `Edit commitment in ${negotiation.title}` : "Edit commitment"}
        links={[{ href: `/history/commitment/${encodeURIComponent(commitment.id)}`, label: "History" }]}
      />
      {commitment.retractedAt ? (
        <RetractedNotice noun="commitment" retractedAt={commitment.retractedAt} />
      ) : (
        <CommitmentForm
          action={updateCommitmentAction}
          initialValues={{ ...commitmentToFields(commitment), id: commitment.id, version: String(commitment.version) }}
          submitLabel="Save changes"
          currentHref={path}
          negotiations={negotiations}
          events={events}
          parties={parties}
          sources={sources}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction} entityType="commitment" id={commitment.id} version={commitment.version} retracted={!!commitment.retractedAt} noun="commitment" returnTo={path} />
      </div>
    </>
  );
}
