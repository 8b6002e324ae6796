import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { PartyForm } from "@/components/forms/party-form";
import { findNegotiation } from "@/lib/forms/find-record";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { setupHref } from "@/lib/negotiations/setup-return";
import { createPartyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New party", robots: { index: false } };

type Props = { searchParams: Promise<{ seatIn?: string | string[] }> };

export default async function NewPartyPage({ searchParams }: Props) {
  const { seatIn } = await searchParams;
  const negotiation = typeof seatIn === "string" ? await findNegotiation(seatIn) : null;
  const seating = negotiation && !negotiation.retractedAt ? negotiation : null;
  const here = `/parties/new${seating ? `?seatIn=${encodeURIComponent(seating.slug)}` : ""}`;
  await requireEditorPage(here);
  return (
    <>
      <EditPageHeader
        trail={seating ? [{ href: "/", label: "Negotiations" }, { href: `/negotiations/${encodeURIComponent(seating.slug)}`, label: seating.title }, { href: setupHref(seating.slug), label: "Set up" }] : [{ href: "/", label: "Negotiations" }]}
        current="New party"
        title="New party"
      >
        {seating ? (
          <>A state, bloc or mediator. Saving brings you back to the set-up of {seating.title} to seat it there.</>
        ) : (
          <>A state, bloc or mediator. A party can take part in several negotiations: seat it at one from the negotiation&rsquo;s set-up or edit page.</>
        )}
      </EditPageHeader>
      <PartyForm
        action={createPartyAction}
        initialValues={{ kind: "state", colour: "#777777", ...(seating ? { seatIn: seating.slug } : {}) }}
        submitLabel="Create party"
        currentHref={here}
      />
    </>
  );
}
