import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { AreaForm } from "@/components/forms/area-form";
import { areaFormOptions } from "@/lib/areas/area-form-options";
import { findNegotiation } from "@/lib/forms/find-record";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { RETURN_TO_SETUP, returnsToSetup } from "@/lib/negotiations/setup-return";
import { createAreaAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New area", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ then?: string | string[] }> };

export default async function NewAreaPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const fromSetup = returnsToSetup((await searchParams).then);
  const path = `/negotiations/${encodeURIComponent(slug)}`;
  await requireEditorPage(`${path}/areas/new${fromSetup ? `?then=${RETURN_TO_SETUP}` : ""}`);
  const negotiation = await findNegotiation(slug);
  if (!negotiation) notFound();
  const { parents, holders } = await areaFormOptions({ negotiationId: negotiation.id });
  return (
    <>
      <EditPageHeader
        trail={[{ href: "/", label: "Negotiations" }, { href: path, label: negotiation.title }, { href: `${path}/areas`, label: "Areas" }]}
        current="New area"
        title={`New area in ${negotiation.title}`}
      >
        A place territorial claims in this negotiation can name: a province, a city, a corridor, a zone or a line.
      </EditPageHeader>
      <AreaForm
        action={createAreaAction}
        initialValues={{ negotiationId: negotiation.id, kind: "province", order: "100", ...(fromSetup ? { then: RETURN_TO_SETUP } : {}) }}
        submitLabel="Create area"
        currentHref={`${path}/areas/new${fromSetup ? `?then=${RETURN_TO_SETUP}` : ""}`}
        parents={parents}
        holders={holders}
      />
    </>
  );
}
