"use client";
import { eventInput } from "@/lib/events/event-input";
import { eventFromFields } from "@/lib/events/event-form-fields";
import type { FieldValues, Option } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { EditForm, type EditAction } from "./edit-form";
import { CheckboxGroup, FieldGroup, Hidden, SelectField, TextField } from "./fields";
import { SourceRows } from "./source-rows";

const validate = (fields: FieldValues) => {
  const { input, renames } = eventFromFields(fields);
  return validateFields(eventInput, input, renames);
};

type Props = {
  action: EditAction;
  initialValues: FieldValues;
  submitLabel: string;
  currentHref: string;
  negotiations: Option[];
  parties: Option[];
  sources: Option[];
};

export function EventForm({ action, initialValues, submitLabel, currentHref, negotiations, parties, sources }: Props) {
  return (
    <EditForm formId="event" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <FieldGroup legend="The event">
        <SelectField name="negotiationId" label="Negotiation" options={negotiations} blank="Choose a negotiation" />
        <TextField name="name" label="Name" hint="e.g. Strelsau talks, first round." />
        <TextField name="slug" label="Address (slug)" hint="Lowercase words joined by hyphens, e.g. strelsau-2025-05-16." />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="date" label="Date" hint="YYYY-MM-DD, or YYYY-MM or YYYY." />
          <TextField name="location" label="Place" optional />
        </div>
        <TextField name="summary" label="What happened" multiline rows={4} hint="Who met, what was proposed, what came of it." />
        <CheckboxGroup name="participantIds" legend="Participants" options={parties} />
      </FieldGroup>
      <SourceRows sources={sources} />
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
