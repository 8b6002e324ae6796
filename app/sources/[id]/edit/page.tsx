import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { LeftUnsourcedNotice } from "@/components/editing/left-unsourced-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { changeRetractionAction } from "@/app/editing/actions";
import { SourceForm } from "@/components/forms/source-form";
import { sourceToFields } from "@/lib/sources/source-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { recordsLeftUnsourced } from "@/lib/sources/left-unsourced";
import type { SourceSnapshot } from "@/lib/sources/source-snapshot";
import { updateSourceAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("source", async () => (await params).id);
}

export default async function EditSourcePage({ params }: Props) {
  const { id } = await params;
  const path = `/sources/${encodeURIComponent(id)}/edit`;
  await requireEditorPage(path);
  const source = await getRecordSnapshot<SourceSnapshot>({ entityType: "source", id });
  if (!source) notFound();
  return (
    <>
      <EditPageHeader
        trail={[{ href: "/", label: "Negotiations" }, ...(source.retractedAt ? [] : [{ href: `/sources/${encodeURIComponent(source.id)}`, label: "Source" }])]}
        current="Edit source"
        title={`Edit source: ${source.outlet}`}
        links={[{ href: `/history/source/${encodeURIComponent(id)}`, label: "History" }]}
      />
      {source.retractedAt ? (
        <RetractedNotice noun="source" retractedAt={source.retractedAt} />
      ) : (
        <SourceForm
          action={updateSourceAction}
          initialValues={{ ...sourceToFields(source), id: source.id, version: String(source.version) }}
          submitLabel="Save changes"
          currentHref={path}
        />
      )}
      <div className="mt-10">
        {!source.retractedAt && <LeftUnsourcedNotice records={await recordsLeftUnsourced(source.id)} />}
        <RetractionControls changeRetraction={changeRetractionAction} entityType="source" id={source.id} version={source.version} retracted={!!source.retractedAt} noun="source" returnTo={path} />
      </div>
    </>
  );
}
