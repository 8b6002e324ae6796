"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { administratorKindOptions, NOT_STATED, yesNoOptions } from "./options";

export function GovernanceTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="terms.administrator" label="Administered by" optional hint="The body that runs the territory day to day, worded as in other statements." />
      <SelectField name="terms.administratorKind" label="Kind of administration" options={administratorKindOptions} blank={NOT_STATED} />
      <TextField name="terms.overseenBy" label="Overseen by" optional hint="The body over the administration, if any." />
      <SelectField name="terms.technocratic" label="Technocrats" options={yesNoOptions} blank={NOT_STATED} />
      <TextField name="terms.transitionMonths" label="Transition in months" type="number" inputMode="numeric" optional />
      <TextField name="terms.electionsWithinMonths" label="Elections within months" type="number" inputMode="numeric" optional />
      <TextField name="terms.rejectedAdministrators" label="Bodies refused" multiline rows={2} optional hint="One body or person per line." className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.governingParties" legend="Governing role for" options={choices.parties} hint="Parties that administer, oversee or take over at the end." />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.excluded" legend="Excluded" options={choices.parties} />
      </div>
    </div>
  );
}
