"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { aidAccessLevelOptions, NOT_STATED, yesNoOptions } from "./options";

export function AidAccessTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.access" label="Access for aid" options={aidAccessLevelOptions} blank={NOT_STATED} />
      <TextField name="terms.trucksPerDay" label="Trucks a day" type="number" inputMode="numeric" optional hint="A whole number; the lower figure of a range." />
      <TextField name="terms.distributor" label="Distributed by" optional hint="The body as readers know it, worded as in other statements." />
      <TextField name="terms.rejectedDistributors" label="Not to be distributed by" multiline rows={2} optional hint="One body per line." />
      <SelectField name="terms.allCrossings" label="All crossings open" options={yesNoOptions} blank={NOT_STATED} />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.crossings" legend="Crossings" options={choices.areas} hint="The areas of the negotiation aid enters by, when named." />
      </div>
    </div>
  );
}
