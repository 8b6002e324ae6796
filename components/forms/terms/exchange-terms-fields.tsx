"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { exchangeCategoryOptions, exchangeFormulaOptions, NOT_STATED, yesNoOptions } from "./options";

export function ExchangeTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.formula" label="Formula" options={exchangeFormulaOptions} blank={NOT_STATED} />
      <TextField name="terms.phases" label="Phases" type="number" inputMode="numeric" optional hint="A whole number, e.g. 3." />
      <SelectField name="terms.sideA.party" label="First side: who releases" options={choices.parties} blank={NOT_STATED} />
      <TextField name="terms.sideA.count" label="First side: how many" type="number" inputMode="numeric" optional />
      <SelectField name="terms.sideA.all" label="First side releases all it holds" options={yesNoOptions} blank={NOT_STATED} hint="Of the groups named, where no number is given." />
      <SelectField name="terms.sideB.party" label="Second side: who releases" options={choices.parties} blank={NOT_STATED} />
      <TextField name="terms.sideB.count" label="Second side: how many" type="number" inputMode="numeric" optional />
      <SelectField name="terms.sideB.all" label="Second side releases all it holds" options={yesNoOptions} blank={NOT_STATED} hint="Of the groups named, where no number is given." />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.categories" legend="Who is released" options={exchangeCategoryOptions} />
      </div>
    </div>
  );
}
