import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { changeRetractionAction } from "@/app/editing/actions";
import { PartyForm } from "@/components/forms/party-form";
import { findPartyId } from "@/lib/forms/find-record";
import { partyToFields } from "@/lib/parties/party-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { PartySnapshot } from "@/lib/parties/party-snapshot";
import { updatePartyAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("party", async () => findPartyId((await params).slug));
}

export default async function EditPartyPage({ params }: Props) {
  const { slug } = await params;
  const path = `/parties/${encodeURIComponent(slug)}`;
  await requireEditorPage(`${path}/edit`);
  const id = await findPartyId(slug);
  const party = id ? await getRecordSnapshot<PartySnapshot>({ entityType: "party", id }) : null;
  if (!party) notFound();
  return (
    <>
      <EditPageHeader
        trail={[{ href: "/", label: "Negotiations" }, ...(party.retractedAt ? [] : [{ href: path, label: party.shortName }])]}
        current="Edit"
        title={`Edit party: ${party.shortName}`}
        links={[{ href: `/history/party/${encodeURIComponent(party.id)}`, label: "History" }]}
      />
      {party.retractedAt ? (
        <RetractedNotice noun="party" retractedAt={party.retractedAt} />
      ) : (
        <PartyForm
          action={updatePartyAction}
          initialValues={{ ...partyToFields(party), id: party.id, version: String(party.version) }}
          submitLabel="Save changes"
          currentHref={`${path}/edit`}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction} entityType="party" id={party.id} version={party.version} retracted={!!party.retractedAt} noun="party" returnTo={`${path}/edit`} />
      </div>
    </>
  );
}
