"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { termFieldLabel } from "@/lib/terms/labels";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { NOT_STATED, sanctionsReliefOptions, sanctionsTimingOptions, yesNoOptions } from "./options";

export function SanctionsTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.relief" label={termFieldLabel.relief} options={sanctionsReliefOptions} blank={NOT_STATED} />
      <SelectField name="terms.timing" label="Timing of relief" options={sanctionsTimingOptions} blank={NOT_STATED} />
      <TextField
        name="terms.condition"
        label="Condition"
        optional
        hint="What relief or tightening depends on, in a few words, e.g. “no peace deal”."
        className="sm:col-span-2"
      />
      <SelectField name="terms.snapback" label={termFieldLabel.snapback} options={yesNoOptions} blank={NOT_STATED} />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.imposedBy" legend="Whose sanctions" options={choices.parties} hint="The parties whose sanctions the statement is about." />
      </div>
      <TextField name="terms.targets" label="Targets" multiline rows={3} optional hint="Sectors, firms or countries, one per line." className="sm:col-span-2" />
    </div>
  );
}
