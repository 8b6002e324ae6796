"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { exchangeCategoryOptions, exchangeFormulaOptions, NOT_STATED } from "./options";

export function ExchangeTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.formula" label="Formula" options={exchangeFormulaOptions} blank={NOT_STATED} />
      <TextField name="terms.phases" label="Phases" type="number" inputMode="numeric" optional hint="A whole number, e.g. 3." />
      <SelectField name="terms.sideA.party" label="First side: who releases" options={choices.parties} blank={NOT_STATED} />
      <TextField name="terms.sideA.count" label="First side: how many" type="number" inputMode="numeric" optional />
      <SelectField name="terms.sideB.party" label="Second side: who releases" options={choices.parties} blank={NOT_STATED} />
      <TextField name="terms.sideB.count" label="Second side: how many" type="number" inputMode="numeric" optional />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.categories" legend="Who is released" options={exchangeCategoryOptions} />
      </div>
    </div>
  );
}
