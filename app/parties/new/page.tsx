import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { PartyForm } from "@/components/forms/party-form";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { createPartyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New party", robots: { index: false } };

export default async function NewPartyPage() {
  await requireEditorPage("/parties/new");
  return (
    <>
      <EditPageHeader trail={[{ href: "/", label: "Negotiations" }]} current="New party" title="New party">
        A state, bloc or mediator. A party can take part in several negotiations: seat it at one from the negotiation&rsquo;s edit page.
      </EditPageHeader>
      <PartyForm action={createPartyAction} initialValues={{ kind: "state", colour: "#777777" }} submitLabel="Create party" currentHref="/parties/new" />
    </>
  );
}
