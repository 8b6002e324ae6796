"use client";
import { partyInput } from "@/lib/parties/party-input";
import { partyFromFields } from "@/lib/parties/party-form-fields";
import type { FieldValues, Option } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, SelectField, TextField } from "./fields";

const kinds: Option[] = [
  { value: "state", label: "State" },
  { value: "bloc", label: "Bloc of states" },
  { value: "organisation", label: "Organisation" },
];

const validate = (fields: FieldValues) => {
  const { input, renames } = partyFromFields(fields);
  return validateFields(partyInput, input, renames);
};

export function PartyForm({ action, initialValues, submitLabel, currentHref }: { action: EditAction; initialValues: FieldValues; submitLabel: string; currentHref: string }) {
  return (
    <EditForm formId="party" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      {/* The negotiation whose set-up page opened the form: saving returns there to seat the party. */}
      <Hidden name="seatIn" />
      <FieldGroup legend="The party">
        <TextField name="name" label="Name" hint="In full, e.g. Kingdom of Ruritania." />
        <TextField name="shortName" label="Short name" hint="As the matrix shows it, e.g. Ruritania." />
        <TextField name="slug" label="Address (slug)" hint="Lowercase words joined by hyphens, as in /parties/ruritania. Changing it changes the page's address." />
        <SelectField name="kind" label="Kind" options={kinds} blank="Choose a kind" />
        <TextField name="colour" label="Colour" hint="# and six hex digits, e.g. #1a4fc4. Used beside the name, never alone." />
      </FieldGroup>
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
