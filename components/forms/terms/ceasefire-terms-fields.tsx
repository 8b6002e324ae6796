"use client";
import { SelectField, TextField } from "../fields";
import { ceasefireScopeOptions, ceasefireTypeOptions, NOT_STATED } from "./options";

export function CeasefireTermsFields() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.type" label="Type of ceasefire" options={ceasefireTypeOptions} blank={NOT_STATED} />
      <SelectField name="terms.scope" label="Scope" options={ceasefireScopeOptions} blank={NOT_STATED} />
      <TextField name="terms.durationDays" label="Length in days" type="number" inputMode="numeric" optional hint="A whole number, e.g. 30." />
      <TextField name="terms.startDate" label="Start date" optional hint="YYYY-MM-DD." placeholder="2025-05-12" />
      <TextField
        name="terms.preconditions"
        label="Preconditions"
        multiline
        rows={3}
        optional
        hint="One precondition per line."
        className="sm:col-span-2"
      />
      <TextField name="terms.monitoring" label="Monitoring" multiline rows={2} optional className="sm:col-span-2" />
    </div>
  );
}
