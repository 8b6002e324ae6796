import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { changeRetractionAction } from "@/app/editing/actions";
import { EventForm } from "@/components/forms/event-form";
import { findEventId } from "@/lib/forms/find-record";
import { negotiationOptions, partyOptions, sourceOptions } from "@/lib/forms/options";
import { eventToFields } from "@/lib/events/event-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { negotiationOfRecord } from "@/lib/records/negotiation-of-record";
import type { EventSnapshot } from "@/lib/events/event-snapshot";
import { updateEventAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editPageMetadata("event", async () => findEventId((await params).slug));
}

export default async function EditEventPage({ params }: Props) {
  const { slug } = await params;
  const path = `/events/${encodeURIComponent(slug)}`;
  await requireEditorPage(`${path}/edit`);
  const id = await findEventId(slug);
  const event = id ? await getRecordSnapshot<EventSnapshot>({ entityType: "event", id }) : null;
  if (!event) notFound();
  const [negotiation, negotiations, parties, sources] = await Promise.all([
    negotiationOfRecord("event", event),
    negotiationOptions([event.negotiationId]),
    partyOptions(event.participantIds, event.negotiationId),
    sourceOptions(event.sourceIds),
  ]);
  return (
    <>
      <EditPageHeader
        trail={[
          ...(negotiation ? [{ href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title }] : []),
          { href: "/events", label: "Events" },
          ...(event.retractedAt ? [] : [{ href: path, label: event.name }]),
        ]}
        current="Edit"
        title={`Edit event: ${event.name}`}
        links={[{ href: `/history/event/${encodeURIComponent(event.id)}`, label: "History" }]}
      />
      {event.retractedAt ? (
        <RetractedNotice noun="event" retractedAt={event.retractedAt} />
      ) : (
        <EventForm
          action={updateEventAction}
          initialValues={{ ...eventToFields(event), id: event.id, version: String(event.version) }}
          submitLabel="Save changes"
          currentHref={`${path}/edit`}
          negotiations={negotiations}
          parties={parties}
          sources={sources}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction} entityType="event" id={event.id} version={event.version} retracted={!!event.retractedAt} noun="event" returnTo={`${path}/edit`} />
      </div>
    </>
  );
}
