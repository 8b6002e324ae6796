import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
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
import { areaOutlineAction } from "./outline-actions";
import { AreaOutlineForm } from "@/components/forms/area-outline-form";
import { OutlinePreview } from "@/components/maps/outline-preview";
import { findAdmin1Outline, layoutOutlinePreview } from "@/lib/maps/area-shapes";
import { listAreaShapes } from "@/lib/maps/negotiation-map";
import { summariseOutline } from "@/lib/maps/outline-summary";
import { storedOutline } from "@/lib/maps/stored-outline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; area: string }>; searchParams: Promise<{ outline?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, area } = await params;
  return editPageMetadata("area", () => findAreaId(slug, area));
}

export default async function EditAreaPage({ params, searchParams }: Props) {
  const { slug, area: areaSlug } = await params;
  const outlineChange = (await searchParams).outline;
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
      {!area.retractedAt && (
        <OutlineSection
          area={area}
          changed={outlineChange === "saved" || outlineChange === "removed" ? outlineChange : null}
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

/** The area's drawn outline as stored, drawn, and the form that replaces or removes it. */
async function OutlineSection({ area, changed }: { area: AreaSnapshot; changed: "saved" | "removed" | null }) {
  const outline = storedOutline(area.outline);
  const codeOutline = area.code ? findAdmin1Outline(area.code) : null;
  const others = outline ? (await listAreaShapes(area.negotiationId)).filter((a) => a.slug !== area.slug) : [];
  return (
    <section id="outline" aria-labelledby="outline-heading" className="mt-10 scroll-mt-4 border-t border-line pt-6">
      <h2 id="outline-heading" className="text-xl font-semibold">
        Drawn outline
      </h2>
      {changed && (
        <p role="status" className="mt-2 font-medium">
          {changed === "saved" ? "The outline was saved." : "The drawn outline was removed."} The area&rsquo;s history keeps the change.
        </p>
      )}
      <p className="mt-2 max-w-prose">
        {outline ? (
          <>This area has a drawn outline: {summariseOutline(outline)}. Maps draw it instead of the outline of its code.</>
        ) : area.code ? (
          codeOutline ? (
            <>Maps draw the outline of code {area.code} (Natural Earth). Attach a drawn outline for a zone, a corridor or a line that no code names.</>
          ) : (
            <>Parley has no outline for code {area.code}: maps leave the area out until it has a drawn outline, or a code Parley knows.</>
          )
        ) : (
          <>No outline: maps leave the area out. Give it an admin-1 code above, or attach a drawn outline.</>
        )}
      </p>
      {outline && (
        <div className="mt-4">
          <OutlinePreview id="stored-outline" layout={layoutOutlinePreview(outline, area.name, { others })} outline={outline} label={area.name} saved />
        </div>
      )}
      <div className="mt-6">
        <AreaOutlineForm action={areaOutlineAction} id={area.id} version={area.version} areaName={area.name} hasOutline={!!outline} />
      </div>
    </section>
  );
}
