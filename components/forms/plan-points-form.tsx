"use client";
// The points editor: paste numbered lines to add points, then map each to its issues and to
// the point of the previous version it revises; move, renumber and save them all at once.
// Steps that save nothing are submit buttons too, so the editor works without JavaScript.
import { secondaryButtonClass } from "@/components/auth/form-fields";
import type { FieldValues } from "@/lib/forms/fields";
import { validateFields } from "@/lib/forms/validate";
import { planPointsFromFields, pointRows } from "@/lib/plan-points/plan-point-form-fields";
import { planPointsInput } from "@/lib/plan-points/plan-points-input";
import { planPointEditHref } from "@/lib/plans/plan-links";
import { EditForm, type EditAction } from "./edit-form";
import { useFormValues } from "./form-context";
import { FieldGroup, Hidden, TextField } from "./fields";
import { PointFields, type PointFieldOptions } from "./point-fields";

const validate = (fields: FieldValues) => {
  const { input, renames } = planPointsFromFields(fields);
  return validateFields(planPointsInput, input, renames);
};

function StepButton({ intent, children }: { intent: string; children: string }) {
  return (
    <button type="submit" name="intent" value={intent} formNoValidate className={secondaryButtonClass}>
      {children}
    </button>
  );
}

function Rows({ options }: { options: PointFieldOptions }) {
  const { values } = useFormValues();
  const { rows } = pointRows(values);
  const spare = rows.length;
  return (
    <ol className="flex flex-col gap-4">
      {rows.map((row, i) => {
        const label = `row ${i + 1}`;
        return (
          <li key={`${row.id || "new"}-${i}`}>
            <fieldset className="rounded border border-line p-4">
              <legend className="px-1 font-semibold">
                Row {i + 1}
                {row.number && <>: point {row.number}</>}
                {!row.id && <span className="font-normal text-muted"> (new, not saved yet)</span>}
              </legend>
              <input type="hidden" name={`points.${i}.id`} value={row.id} />
              <input type="hidden" name={`points.${i}.version`} value={row.version} />
              <div className="flex flex-col gap-4">
                <PointFields prefix={`points.${i}.`} label={label} {...options} />
              </div>
              <div className="no-print mt-3 flex flex-wrap items-center gap-2">
                {i > 0 && <StepButton intent={`up:${i}`}>{`Move ${label} up`}</StepButton>}
                {i < rows.length - 1 && <StepButton intent={`down:${i}`}>{`Move ${label} down`}</StepButton>}
                {row.id ? (
                  <a href={planPointEditHref(row.id)} className="text-sm">
                    Retract or see the history of point {row.number}
                  </a>
                ) : (
                  <StepButton intent={`remove:${i}`}>{`Remove ${label}`}</StepButton>
                )}
              </div>
            </fieldset>
          </li>
        );
      })}
      <li>
        <fieldset className="rounded border border-dashed border-line p-4">
          <legend className="px-1 font-semibold">Row {spare + 1}: a new point</legend>
          <p className="mb-3 text-sm text-muted">Type a point here, or leave it blank.</p>
          <div className="flex flex-col gap-4">
            <PointFields prefix={`points.${spare}.`} label={`row ${spare + 1}`} printedByDefault {...options} />
          </div>
        </fieldset>
      </li>
    </ol>
  );
}

type Props = {
  action: EditAction;
  initialValues: FieldValues;
  currentHref: string;
  options: PointFieldOptions;
};

export function PlanPointsForm({ action, initialValues, currentHref, options }: Props) {
  return (
    <EditForm formId="points" action={action} initialValues={initialValues} validate={validate} submitLabel="Save points" currentHref={currentHref}>
      <Hidden name="planId" />
      <FieldGroup legend="Paste points" hint="One point per line, each starting with its number: “1.”, “2)”, “(4a)”, “Point 5:”. Lines without a number continue the point above.">
        <TextField name="paste" label="Numbered lines" multiline rows={6} optional />
        <div>
          <StepButton intent="split">Split into points</StepButton>
        </div>
      </FieldGroup>
      <FieldGroup legend="Points, in printed order">
        <Rows options={options} />
        <div className="no-print">
          <StepButton intent="renumber">Number the points 1, 2, 3… in this order</StepButton>
        </div>
      </FieldGroup>
      <TextField name="note" label="Note on this change" optional hint="Shown in each changed point's history." />
    </EditForm>
  );
}
