"use client";
import { SelectField, TextField } from "../fields";
import { NOT_STATED, recognitionSupportOptions, yesNoOptions } from "./options";

export function RecognitionTermsFields() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="terms.of" label="Recognition of" optional hint="The state or entity, worded as in other statements." />
      <SelectField name="terms.support" label="Recognition" options={recognitionSupportOptions} blank={NOT_STATED} />
      <TextField name="terms.timelineYears" label="Timeline in years" type="number" inputMode="numeric" optional />
      <SelectField name="terms.demilitarisedState" label="A demilitarised state" options={yesNoOptions} blank={NOT_STATED} />
      <TextField name="terms.borders" label="Borders" optional />
      <TextField name="terms.capital" label="Capital" optional />
      <TextField name="terms.preconditions" label="Preconditions" multiline rows={3} optional hint="One precondition per line." className="sm:col-span-2" />
    </div>
  );
}
