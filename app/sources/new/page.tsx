import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { SourceForm } from "@/components/forms/source-form";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { createSourceAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New source", robots: { index: false } };

export default async function NewSourcePage() {
  await requireEditorPage("/sources/new");
  return (
    <>
      <EditPageHeader trail={[{ href: "/", label: "Negotiations" }]} current="New source" title="New source">
        A report, statement or document that positions, events and commitments can cite. How each citation attributes
        it (official statement, anonymous source…) is chosen where it is cited.
      </EditPageHeader>
      <SourceForm action={createSourceAction} initialValues={{}} submitLabel="Create source" currentHref="/sources/new" />
    </>
  );
}
