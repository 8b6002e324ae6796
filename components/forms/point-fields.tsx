"use client";
// A plan point's fields, on its own edit page (no prefix) or as one row of the points editor
// ("points.3."): number, whether it is the document's own, summary, issues, and the point of
// the previous version it keeps or changes.
import type { Option } from "@/lib/forms/fields";
import { pointChanges } from "@/lib/vocab";
import { pointChangeLabel } from "@/lib/vocab/labels";
import { useField } from "./form-context";
import { CheckboxGroup, FieldError, SelectField, TextField } from "./fields";

const changes: Option[] = pointChanges.map((c) => ({ value: c, label: pointChangeLabel[c] === "Kept" ? "Kept: same substance" : "Changed" }));

function NumberPrintedBox({ name, printedByDefault }: { name: string; printedByDefault: boolean }) {
  const f = useField(name);
  return (
    <div>
      <label className="flex items-start gap-2">
        <input type="checkbox" {...f.a11y} name={name} value="true" defaultChecked={f.defaultValue === "true" || (printedByDefault && f.defaultValues.length === 0)} className="mt-1 h-4 w-4 shrink-0" />
        The number is as printed in the document
      </label>
      <p className="text-sm text-muted">Clear it when the document&rsquo;s numbering is not known and the number is a label of your own (u1, u2…).</p>
      <FieldError id={f.errorId} messages={f.messages} />
    </div>
  );
}

export type PointFieldOptions = {
  issues: Option[];
  /** Points of the plan's previous version; null when the plan revises none. */
  previousPoints: Option[] | null;
  previousTitle?: string;
};

export function PointFields({
  prefix = "",
  issues,
  previousPoints,
  previousTitle,
  label = "",
  printedByDefault = false,
}: PointFieldOptions & { prefix?: string; label?: string; /** A blank row's number is taken as printed. */ printedByDefault?: boolean }) {
  const of = label ? ` of ${label}` : "";
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr] sm:items-start">
        <TextField name={`${prefix}number`} label={`Number${of}`} hint="As printed: 12, 4a, IV." />
        <NumberPrintedBox name={`${prefix}numberPrinted`} printedByDefault={printedByDefault} />
      </div>
      <TextField name={`${prefix}summary`} label={`Summary${of}`} multiline rows={3} hint="The point in Parley's words, facts and figures unchanged." />
      <CheckboxGroup name={`${prefix}issueIds`} legend={`Issues it touches${of}`} options={issues} />
      {previousPoints && (
        <div className="grid gap-4 md:grid-cols-[1fr_12rem]">
          <SelectField
            name={`${prefix}revisesId`}
            label={`Revises${of}`}
            options={previousPoints}
            blank="None: a new point"
            optional
            hint={previousTitle ? `A point of ${previousTitle}, the plan this one revises or answers.` : undefined}
          />
          <SelectField name={`${prefix}change`} label={`Kept or changed${of}`} options={changes} blank="Not mapped" optional />
        </div>
      )}
      {previousPoints && <TextField name={`${prefix}changeNote`} label={`What changed${of}`} optional hint="As the sources say." />}
    </>
  );
}
