import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { EventForm } from "@/components/forms/event-form";
import { findNegotiation } from "@/lib/forms/find-record";
import { negotiationOptions, partyOptions, sourceOptions } from "@/lib/forms/options";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { createEventAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New event", robots: { index: false } };

type Props = { searchParams: Promise<{ negotiation?: string | string[] }> };

export default async function NewEventPage({ searchParams }: Props) {
  const slug = (await searchParams).negotiation;
  await requireEditorPage(`/events/new${typeof slug === "string" ? `?negotiation=${encodeURIComponent(slug)}` : ""}`);
  const negotiation = typeof slug === "string" ? await findNegotiation(slug) : null;
  const [negotiations, parties, sources] = await Promise.all([
    negotiationOptions(),
    partyOptions([], negotiation?.id),
    sourceOptions(),
  ]);
  return (
    <>
      <EditPageHeader trail={[...(negotiation ? [{ href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title }] : []), { href: "/events", label: "Events" }]} current="New event" title="New event">
        A round of talks, a summit, a proposal or a statement.
      </EditPageHeader>
      <EventForm
        action={createEventAction}
        initialValues={{ negotiationId: negotiation?.id ?? "" }}
        submitLabel="Create event"
        currentHref="/events/new"
        negotiations={negotiations}
        parties={parties}
        sources={sources}
      />
    </>
  );
}
