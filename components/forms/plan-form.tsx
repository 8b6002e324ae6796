"use client";
import type { FieldValues, Option } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { planFromFields } from "@/lib/plans/plan-form-fields";
import { planInput } from "@/lib/plans/plan-input";
import { planStatuses } from "@/lib/vocab";
import { planStatusLabel } from "@/lib/vocab/labels";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, SelectField, TextField } from "./fields";
import { RowList } from "./row-list";
import { SourceRows } from "./source-rows";

const statuses: Option[] = planStatuses.map((s) => ({ value: s, label: planStatusLabel[s] }));

const validate = (fields: FieldValues) => {
  const { input, renames } = planFromFields(fields);
  return validateFields(planInput, input, renames);
};

type Props = {
  action: EditAction;
  initialValues: FieldValues;
  submitLabel: string;
  currentHref: string;
  negotiations: Option[];
  /** Plans it may revise or answer: those of its negotiation. */
  plans: Option[];
  parties: Option[];
  sources: Option[];
  /** Points of the plan's previous version it may list as left out; null before it has one saved. */
  previousPoints: Option[] | null;
};

export function PlanForm({ action, initialValues, submitLabel, currentHref, negotiations, plans, parties, sources, previousPoints }: Props) {
  return (
    <EditForm formId="plan" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <FieldGroup legend="The plan">
        <SelectField name="negotiationId" label="Negotiation" options={negotiations} blank="Choose a negotiation" />
        <TextField name="title" label="Title" hint="As the document is known, e.g. Ten-point framework for a settlement." />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="date" label="Date" hint="Tabled or published: YYYY-MM-DD, or YYYY-MM or YYYY." />
          <SelectField name="status" label="Status" options={statuses} blank="Choose a status" />
          <TextField name="pointCount" label="Points in the document" optional inputMode="numeric" hint="As reported; leave blank if not known. For a document keeping an earlier plan's numbering, its last number." />
        </div>
        <TextField name="summary" label="Summary" multiline rows={4} hint="In Parley's words: who tabled it, what it provides, what became of it." />
        <TextField name="notes" label="Editorial notes" multiline rows={3} optional hint="Gaps in what is known, disagreements between sources." />
        <SelectField
          name="previousVersionId"
          label="Revises or answers"
          options={plans}
          blank="No earlier plan"
          optional
          hint="The plan of the same negotiation this one revises or answers; its points can then be mapped to that plan's."
        />
      </FieldGroup>
      <FieldGroup name="authorIds" legend="Authors" hint="The lead author first. Clear a row, or remove it, to drop that author.">
        <RowList prefix="authorIds" addLabel="Add another author" removeLabel={(n) => `Remove author ${n}`}>
          {(i, position) => (
            <SelectField name={`authorIds.${i}`} label={position === 0 ? "Author 1 (lead)" : `Author ${position + 1}`} options={parties} blank="Choose a party" />
          )}
        </RowList>
      </FieldGroup>
      <SourceRows sources={sources} />
      {previousPoints && previousPoints.length > 0 && (
        <FieldGroup name="droppedPoints" legend="Points of the previous version it leaves out" hint="Optional: what the sources say of points this plan drops. The diff finds dropped points from the mapping alone; this keeps the why.">
          <RowList prefix="droppedPoints" addLabel="Add another dropped point" removeLabel={(n) => `Remove dropped point ${n}`}>
            {(i, position) => (
              <>
                <SelectField name={`droppedPoints.${i}.pointId`} label={`Dropped point ${position + 1}`} options={previousPoints} blank="Choose a point" />
                <TextField name={`droppedPoints.${i}.note`} label={`What the sources say of dropped point ${position + 1}`} optional />
              </>
            )}
          </RowList>
        </FieldGroup>
      )}
      <TextField name="note" label="Note on this change" optional hint="Shown in the history." />
    </EditForm>
  );
}
