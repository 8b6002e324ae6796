import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { changeRetractionAction } from "@/app/editing/actions";
import { NegotiationForm } from "@/components/forms/negotiation-form";
import { findNegotiation } from "@/lib/forms/find-record";
import { partyOptions } from "@/lib/forms/options";
import { negotiationToFields } from "@/lib/negotiations/negotiation-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { NegotiationSnapshot } from "@/lib/negotiations/negotiation-snapshot";
import { updateNegotiationAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("negotiation", async () => (await findNegotiation((await params).slug))?.id ?? null);
}

export default async function EditNegotiationPage({ params }: Props) {
  const { slug } = await params;
  const path = `/negotiations/${encodeURIComponent(slug)}`;
  await requireEditorPage(`${path}/edit`);
  const found = await findNegotiation(slug);
  const negotiation = found ? await getRecordSnapshot<NegotiationSnapshot>({ entityType: "negotiation", id: found.id }) : null;
  if (!negotiation) notFound();
  const parties = await partyOptions(negotiation.parties?.map((p) => p.partyId));
  return (
    <>
      <EditPageHeader
        trail={[{ href: "/", label: "Negotiations" }, ...(negotiation.retractedAt ? [] : [{ href: path, label: negotiation.title }])]}
        current="Edit"
        title={`Edit negotiation: ${negotiation.title}`}
        links={[
          { href: `/history/negotiation/${encodeURIComponent(negotiation.id)}`, label: "History" },
          { href: `${path}/issues/new`, label: "Add an issue" },
        ]}
      />
      {negotiation.retractedAt ? (
        <RetractedNotice noun="negotiation" retractedAt={negotiation.retractedAt} />
      ) : (
        <NegotiationForm
          action={updateNegotiationAction}
          initialValues={{ ...negotiationToFields(negotiation), id: negotiation.id, version: String(negotiation.version) }}
          submitLabel="Save changes"
          currentHref={`${path}/edit`}
          parties={parties}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction} entityType="negotiation" id={negotiation.id} version={negotiation.version} retracted={!!negotiation.retractedAt} noun="negotiation" returnTo={`${path}/edit`} />
      </div>
    </>
  );
}
