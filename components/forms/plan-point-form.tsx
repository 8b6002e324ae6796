"use client";
import type { FieldValues } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { planPointFromFields } from "@/lib/plan-points/plan-point-form-fields";
import { planPointInput } from "@/lib/plan-points/plan-point-input";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, TextField } from "./fields";
import { PointFields, type PointFieldOptions } from "./point-fields";

const validate = (fields: FieldValues) => {
  const { input, renames } = planPointFromFields(fields);
  return validateFields(planPointInput, input, renames);
};

/** One point of a plan on its own page: the points editor changes several at once. */
export function PlanPointForm({ action, initialValues, currentHref, options }: { action: EditAction; initialValues: FieldValues; currentHref: string; options: PointFieldOptions }) {
  return (
    <EditForm formId="point" action={action} initialValues={initialValues} validate={validate} submitLabel="Save changes" currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <Hidden name="planId" />
      <FieldGroup legend="The point">
        <PointFields {...options} />
        <TextField name="order" label="Place in the printed order" inputMode="numeric" hint="Points are listed by this number, lowest first." />
      </FieldGroup>
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
