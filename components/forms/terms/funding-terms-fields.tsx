"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, TextField } from "../fields";

export function FundingTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="terms.amountUsd" label="Amount in US dollars" type="number" inputMode="numeric" optional hint="In full, e.g. 20000000000 for $20 billion." />
      <TextField name="terms.durationYears" label="Over how many years" type="number" inputMode="numeric" optional />
      <TextField name="terms.administeredBy" label="Money administered by" optional hint="The body, worded as in other statements." />
      <TextField name="terms.source" label="Money from" optional hint="E.g. a donor conference." />
      <TextField name="terms.endorsedPlans" label="Plans backed" multiline rows={2} optional hint="One plan per line, worded as in other statements." />
      <TextField name="terms.rejectedPlans" label="Plans rejected" multiline rows={2} optional hint="One plan per line." />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.payers" legend="Paid by" options={choices.parties} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.declinedPayers" legend="Not paid by" options={choices.parties} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.areas" legend="Funded areas" options={choices.areas} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.excludedAreas" legend="Areas not funded" options={choices.areas} />
      </div>
      <TextField name="terms.preconditions" label="Preconditions" multiline rows={3} optional hint="One precondition per line." className="sm:col-span-2" />
    </div>
  );
}
