import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { NegotiationForm } from "@/components/forms/negotiation-form";
import { partyOptions } from "@/lib/forms/options";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { createNegotiationAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New negotiation", robots: { index: false } };

export default async function NewNegotiationPage() {
  await requireEditorPage("/negotiations/new");
  return (
    <>
      <EditPageHeader trail={[{ href: "/", label: "Negotiations" }]} current="New negotiation" title="New negotiation">
        Step 1 of 5: a peace process. Saving it opens its set-up page, which guides you through its parties, issues, areas and first positions.
      </EditPageHeader>
      <NegotiationForm action={createNegotiationAction} initialValues={{ status: "active" }} submitLabel="Create negotiation" currentHref="/negotiations/new" parties={await partyOptions()} />
    </>
  );
}
