"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { enforcementFormOptions, NOT_STATED, violationResponseOptions } from "./options";

export function EnforcementTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.form" label="Form of the guarantee" options={enforcementFormOptions} blank={NOT_STATED} />
      <SelectField name="terms.onViolation" label="On a breach" options={violationResponseOptions} blank={NOT_STATED} />
      <TextField name="terms.monitoring" label="Monitoring" optional hint="The monitoring body or mechanism, worded as in other statements." />
      <TextField name="terms.monitorCount" label="Monitors (people)" type="number" inputMode="numeric" optional />
      <TextField name="terms.guaranteed" label="What is guaranteed" multiline rows={2} optional hint="One item per line." className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.guarantors" legend="Guarantors" options={choices.parties} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.appliesTo" legend="Whose compliance" options={choices.parties} hint="The parties the guarantee, demand or threat binds." />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.monitors" legend="Monitored by" options={choices.parties} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.enforcedBy" legend="Enforced by" options={choices.parties} hint="Who carries out the response to a breach." />
      </div>
    </div>
  );
}
