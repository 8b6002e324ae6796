import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { CommitmentForm } from "@/components/forms/commitment-form";
import { findEventId, findNegotiation } from "@/lib/forms/find-record";
import { eventOptions, negotiationOptions, partyOptions, sourceOptions } from "@/lib/forms/options";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { createCommitmentAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New commitment", robots: { index: false } };

type Props = { searchParams: Promise<{ negotiation?: string | string[]; event?: string | string[] }> };

export default async function NewCommitmentPage({ searchParams }: Props) {
  const params = await searchParams;
  const slug = typeof params.negotiation === "string" ? params.negotiation : "";
  const eventSlug = typeof params.event === "string" ? params.event : "";
  const query = new URLSearchParams({ ...(slug ? { negotiation: slug } : {}), ...(eventSlug ? { event: eventSlug } : {}) });
  await requireEditorPage(`/commitments/new${query.size ? `?${query}` : ""}`);
  const negotiation = slug ? await findNegotiation(slug) : null;
  const [eventId, negotiations, events, parties, sources] = await Promise.all([
    eventSlug ? findEventId(eventSlug) : null,
    negotiationOptions(),
    eventOptions(),
    partyOptions([], negotiation?.id),
    sourceOptions(),
  ]);
  return (
    <>
      <EditPageHeader trail={[...(negotiation ? [{ href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title }] : []), { href: "/commitments", label: "Commitments" }]} current="New commitment" title="New commitment">
        Something the parties promised, with its status and the evidence for it.
      </EditPageHeader>
      <CommitmentForm
        action={createCommitmentAction}
        initialValues={{ negotiationId: negotiation?.id ?? "", eventId: eventId ?? "", status: "promised" }}
        submitLabel="Create commitment"
        currentHref="/commitments/new"
        negotiations={negotiations}
        events={events}
        parties={parties}
        sources={sources}
      />
    </>
  );
}
