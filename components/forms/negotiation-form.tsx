"use client";
import { negotiationInput } from "@/lib/negotiations/negotiation-input";
import { negotiationFromFields } from "@/lib/negotiations/negotiation-form-fields";
import type { FieldValues, Option } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { negotiationStatuses } from "@/lib/vocab";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, SelectField, TextField } from "./fields";
import { RowList } from "./row-list";

const statuses: Option[] = negotiationStatuses.map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) }));

const validate = (fields: FieldValues) => {
  const { input, renames } = negotiationFromFields(fields);
  return validateFields(negotiationInput, input, renames);
};

type Props = { action: EditAction; initialValues: FieldValues; submitLabel: string; currentHref: string; parties: Option[] };

export function NegotiationForm({ action, initialValues, submitLabel, currentHref, parties }: Props) {
  return (
    <EditForm formId="negotiation" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <FieldGroup legend="The negotiation">
        <TextField name="title" label="Title" />
        <TextField name="slug" label="Address (slug)" hint="Lowercase words joined by hyphens, as in /negotiations/ruritania-borduria." />
        <TextField name="summary" label="Summary" multiline rows={3} />
        <SelectField name="status" label="Status" options={statuses} blank="Choose a status" />
      </FieldGroup>
      <FieldGroup name="parties" legend="Parties at the table" hint="In the order of the matrix's rows. Clear a row, or remove it, to drop that party.">
        <RowList prefix="parties" addLabel="Add another party" removeLabel={(n) => `Remove party ${n}`}>
          {(i, position) => (
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField name={`parties.${i}.partyId`} label={`Party ${position + 1}`} options={parties} blank="Choose a party" />
              <TextField name={`parties.${i}.role`} label={`Role of party ${position + 1}`} optional hint="e.g. mediator" />
            </div>
          )}
        </RowList>
      </FieldGroup>
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
