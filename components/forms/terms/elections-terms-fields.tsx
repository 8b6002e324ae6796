"use client";
import { SelectField, TextField } from "../fields";
import { electionTimingOptions, NOT_STATED, yesNoOptions } from "./options";

export function ElectionsTermsFields() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.timing" label="Timing of elections" options={electionTimingOptions} blank={NOT_STATED} />
      <TextField name="terms.withinDays" label="Within how many days" type="number" inputMode="numeric" optional hint="A whole number, e.g. 100." />
      <TextField name="terms.withinDaysFrom" label="Days counted from" optional hint="e.g. “signing of the agreement”." />
      <SelectField name="terms.incumbentMaySign" label="Current leadership may sign" options={yesNoOptions} blank={NOT_STATED} />
      <TextField name="terms.preconditions" label="Preconditions" multiline rows={3} optional hint="One precondition per line." className="sm:col-span-2" />
    </div>
  );
}
