import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { changeRetractionAction } from "@/app/editing/actions";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { AreaForm } from "@/components/forms/area-form";
import { areaToFields } from "@/lib/areas/area-form-fields";
import { areaFormOptions } from "@/lib/areas/area-form-options";
import type { AreaSnapshot } from "@/lib/areas/area-snapshot";
import { findAreaId } from "@/lib/areas/find-area";
import { findNegotiation } from "@/lib/forms/find-record";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { updateAreaAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit area", robots: { index: false } };

type Props = { params: Promise<{ slug: string; area: string }> };

export default async function EditAreaPage({ params }: Props) {
  const { slug, area: areaSlug } = await params;
  const base = `/negotiations/${encodeURIComponent(slug)}`;
  const path = `${base}/areas/${encodeURIComponent(areaSlug)}`;
  await requireEditorPage(`${path}/edit`);
  const [negotiation, id] = await Promise.all([findNegotiation(slug), findAreaId(slug, areaSlug)]);
  const area = id ? await getRecordSnapshot<AreaSnapshot>({ entityType: "area", id }) : null;
  if (!area || !negotiation) notFound();
  const keep = [area.parentId, area.heldById].filter((x): x is string => x !== null);
  const { parents, holders } = await areaFormOptions({ negotiationId: negotiation.id, areaId: area.id, keep });
  return (
    <>
      <EditPageHeader
        trail={[
          { href: "/", label: "Negotiations" },
          { href: base, label: negotiation.title },
          { href: `${base}/areas${area.retractedAt ? "" : `#area-${encodeURIComponent(area.slug)}`}`, label: "Areas" },
        ]}
        current="Edit"
        title={`Edit area: ${area.name}`}
        links={[{ href: `/history/area/${encodeURIComponent(area.id)}`, label: "History" }]}
      />
      {area.retractedAt ? (
        <RetractedNotice noun="area" retractedAt={area.retractedAt} />
      ) : (
        <AreaForm
          action={updateAreaAction}
          initialValues={{ ...areaToFields(area), id: area.id, version: String(area.version) }}
          submitLabel="Save changes"
          currentHref={`${path}/edit`}
          parents={parents}
          holders={holders}
        />
      )}
      <div className="mt-10">
        <RetractionControls
          changeRetraction={changeRetractionAction}
          entityType="area"
          id={area.id}
          version={area.version}
          retracted={!!area.retractedAt}
          noun="area"
          returnTo={`${path}/edit`}
        />
      </div>
    </>
  );
}
