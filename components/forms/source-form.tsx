"use client";
import { sourceFromFields } from "@/lib/sources/source-form-fields";
import type { FieldValues } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { sourceInput } from "@/lib/sources/source-input";
import { knownTitleRemarks } from "@/lib/sources/title-remark";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, TextField } from "./fields";

const validate = (fields: FieldValues) => {
  const { input, renames } = sourceFromFields(fields);
  return validateFields(sourceInput, input, renames);
};

export function SourceForm({ action, initialValues, submitLabel, currentHref }: { action: EditAction; initialValues: FieldValues; submitLabel: string; currentHref: string }) {
  return (
    <EditForm formId="source" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <FieldGroup legend="The source">
        <TextField name="outlet" label="Outlet" hint="Who published it: a news agency, a ministry, a think tank." />
        <TextField
          name="title"
          label="Title"
          hint={`As the outlet printed it. Not seen as printed? Say so at its end: ${knownTitleRemarks.join(" or ")}; readers get it in words.`}
        />
        <TextField name="url" label="Web address" type="url" optional hint="Starting with https:// or http://. Leave empty for a report known only through another outlet." />
        <TextField name="publishedOn" label="Published" optional hint="YYYY-MM-DD, or YYYY-MM or YYYY." />
      </FieldGroup>
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
