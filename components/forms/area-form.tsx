"use client";
import { areaInput } from "@/lib/areas/area-input";
import { areaFromFields, HELD_PART } from "@/lib/areas/area-form-fields";
import { areaKindLabel, areaKinds } from "@/lib/areas/area-kinds";
import type { FieldValues, Option } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, SelectField, TextField } from "./fields";

const kinds: Option[] = areaKinds.map((k) => ({ value: k, label: areaKindLabel[k] }));
const heldPartOptions: Option[] = [
  { value: HELD_PART.whole, label: "All of it" },
  { value: HELD_PART.part, label: "Part of it" },
];

const validate = (fields: FieldValues) => {
  const { input, renames } = areaFromFields(fields);
  return validateFields(areaInput, input, renames);
};

type Props = {
  action: EditAction;
  initialValues: FieldValues;
  submitLabel: string;
  currentHref: string;
  parents: Option[];
  holders: Option[];
};

export function AreaForm({ action, initialValues, submitLabel, currentHref, parents, holders }: Props) {
  // The edit page has the drawn-outline form below this one; a new area gets it once saved.
  const editing = Boolean(initialValues.id);
  return (
    <EditForm formId="area" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <Hidden name="negotiationId" />
      {/* Set on create forms opened from a negotiation's set-up page: where saving returns. */}
      <Hidden name="then" />
      <FieldGroup legend="The area">
        <TextField name="name" label="Name" hint="As readers know it, e.g. North Province." />
        <TextField
          name="slug"
          label="Address (slug)"
          hint="Lowercase words joined by hyphens, unique within the negotiation. Territorial claims name the area by it; changing it updates them."
        />
        <SelectField name="kind" label="Kind" options={kinds} blank="Choose a kind" />
        <SelectField name="parentId" label="Lies in" options={parents} blank="No larger area" optional hint="A claim on the larger area then stands for this one, unless a statement names it." />
        <TextField name="order" label="Order" type="number" inputMode="numeric" hint="Lists and comparisons go from low to high." />
        <TextField
          name="code"
          label="Admin-1 code"
          optional
          hint={`ISO 3166-2 or Natural Earth code whose outline maps draw, e.g. AB-12. For a zone, corridor or line no code names, attach a drawn outline (GeoJSON) ${editing ? "below, under “Drawn outline”" : "on the area's edit page, once it is saved"}.`}
        />
      </FieldGroup>
      <FieldGroup legend="Who holds it now" hint="As the records say. A frozen line in a territorial claim keeps the area with its holder.">
        <SelectField name="heldById" label="Held by" options={holders} blank="Not recorded" optional hint="A party of this negotiation." />
        <SelectField
          name="heldInPart"
          label="How much of it"
          options={heldPartOptions}
          hint="Part of it when a front line runs through the area: a freeze then leaves each side its part."
        />
        <TextField name="heldSince" label="Held since" optional hint="YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known." />
      </FieldGroup>
      <TextField name="notes" label="Notes" multiline rows={3} optional hint="What readers should know: how much each side holds, disputed extent, which records say who holds it." />
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
