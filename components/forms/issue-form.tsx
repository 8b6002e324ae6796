"use client";
import { issueInput } from "@/lib/issues/issue-input";
import { issueFromFields } from "@/lib/issues/issue-form-fields";
import type { FieldValues, Option } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { issueKinds } from "@/lib/vocab";
import { issueKindLabel } from "@/lib/vocab/labels";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, SelectField, TextField } from "./fields";

const kinds: Option[] = issueKinds.map((k) => ({ value: k, label: issueKindLabel[k] }));

const validate = (fields: FieldValues) => {
  const { input, renames } = issueFromFields(fields);
  return validateFields(issueInput, input, renames);
};

export function IssueForm({ action, initialValues, submitLabel, currentHref }: { action: EditAction; initialValues: FieldValues; submitLabel: string; currentHref: string }) {
  return (
    <EditForm formId="issue" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <Hidden name="negotiationId" />
      {/* Set on create forms opened from a negotiation's set-up page: where saving returns. */}
      <Hidden name="then" />
      <FieldGroup legend="The issue">
        <TextField name="name" label="Name" />
        <TextField name="slug" label="Address (slug)" hint="Lowercase words joined by hyphens, unique within the negotiation." />
        <TextField name="description" label="Description" multiline rows={3} />
        <SelectField name="kind" label="Kind" options={kinds} blank="Choose a kind" hint="Fixes the shape of the structured terms its positions carry." />
        <TextField name="order" label="Order" type="number" inputMode="numeric" hint="Columns of the matrix go from low to high." />
      </FieldGroup>
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
