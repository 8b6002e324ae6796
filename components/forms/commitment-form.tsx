"use client";
import { commitmentInput } from "@/lib/commitments/commitment-input";
import { commitmentFromFields } from "@/lib/commitments/commitment-form-fields";
import type { FieldValues, Option } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { commitmentStatuses } from "@/lib/vocab";
import { commitmentStatusLabel } from "@/lib/vocab/labels";
import { EditForm, type EditAction } from "./edit-form";
import { CheckboxGroup, FieldGroup, Hidden, SelectField, TextField } from "./fields";
import { SourceRows } from "./source-rows";

const statuses: Option[] = commitmentStatuses.map((s) => ({ value: s, label: commitmentStatusLabel[s] }));

const validate = (fields: FieldValues) => {
  const { input, renames } = commitmentFromFields(fields);
  return validateFields(commitmentInput, input, renames);
};

type Props = {
  action: EditAction;
  initialValues: FieldValues;
  submitLabel: string;
  currentHref: string;
  negotiations: Option[];
  events: Option[];
  parties: Option[];
  sources: Option[];
};

export function CommitmentForm({ action, initialValues, submitLabel, currentHref, negotiations, events, parties, sources }: Props) {
  return (
    <EditForm formId="commitment" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <FieldGroup legend="The commitment">
        <SelectField name="negotiationId" label="Negotiation" options={negotiations} blank="Choose a negotiation" />
        <SelectField name="eventId" label="Made at event" options={events} blank="No event" optional hint="The event must belong to the same negotiation." />
        <TextField name="summary" label="What was promised" multiline rows={3} />
        <SelectField name="status" label="Status" options={statuses} blank="Choose a status" />
        <TextField name="evidence" label="Evidence for the status" multiline rows={3} optional />
        <CheckboxGroup name="partyIds" legend="Parties who promised" options={parties} hint="At least one." />
      </FieldGroup>
      <SourceRows sources={sources} />
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
