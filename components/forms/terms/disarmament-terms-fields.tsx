"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { disarmamentMethodOptions, disarmamentScopeOptions, disarmamentTimingOptions, NOT_STATED, yesNoOptions } from "./options";

export function DisarmamentTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.armedParties" legend="Whose weapons" options={choices.parties} />
      </div>
      <SelectField name="terms.scope" label="Which weapons" options={disarmamentScopeOptions} blank={NOT_STATED} />
      <SelectField name="terms.timing" label="When" options={disarmamentTimingOptions} blank={NOT_STATED} />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.methods" legend="How weapons are dealt with" options={disarmamentMethodOptions} />
      </div>
      <TextField name="terms.handedTo" label="Handed to" optional hint="The body as readers know it, worded as in other statements." />
      <TextField name="terms.verification" label="Verified by" optional />
      <SelectField name="terms.amnesty" label="Amnesty" options={yesNoOptions} blank={NOT_STATED} />
      <SelectField name="terms.territoryDemilitarised" label="Territory demilitarised" options={yesNoOptions} blank={NOT_STATED} />
      <SelectField name="terms.forcedIfRefused" label="By force if refused" options={yesNoOptions} blank={NOT_STATED} />
      <TextField name="terms.preconditions" label="Preconditions" multiline rows={3} optional hint="One precondition per line." className="sm:col-span-2" />
    </div>
  );
}
