"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, FieldGroup, SelectField, TextField } from "../fields";
import { forceTimingOptions, guaranteeTypeOptions, NOT_STATED, yesNoOptions } from "./options";

export function SecurityGuaranteesTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4">
      <FieldGroup legend="The guarantee">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="terms.guarantee" label="What is promised" options={guaranteeTypeOptions} blank={NOT_STATED} />
          <TextField name="terms.durationYears" label="Length in years" type="number" inputMode="numeric" optional hint="A whole number, e.g. 15." />
          <TextField name="terms.ratifiedBy" label="Ratified by" optional />
          <TextField name="terms.triggers" label="Triggered by" optional />
          <div className="sm:col-span-2">
            <CheckboxGroup name="terms.guarantors" legend="Guarantors" options={choices.parties} />
          </div>
          <div className="sm:col-span-2">
            <CheckboxGroup name="terms.nonGuarantors" legend="Not guarantors" options={choices.parties} hint="Parties the statement says will not guarantee." />
          </div>
          <TextField name="terms.preconditions" label="Preconditions" multiline rows={3} optional hint="One precondition per line." className="sm:col-span-2" />
        </div>
      </FieldGroup>
      <FieldGroup legend="Foreign forces">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="terms.foreignForcesAllowed" label="Foreign forces allowed" options={yesNoOptions} blank={NOT_STATED} />
          <SelectField name="terms.forceTiming" label="Deployed" options={forceTimingOptions} blank={NOT_STATED} />
          <div className="sm:col-span-2">
            <CheckboxGroup name="terms.forceContributors" legend="Forces sent by" options={choices.parties} />
          </div>
          <div className="sm:col-span-2">
            <CheckboxGroup name="terms.forceNonContributors" legend="No forces from" options={choices.parties} hint="Parties the statement says will not send forces." />
          </div>
        </div>
      </FieldGroup>
    </div>
  );
}
