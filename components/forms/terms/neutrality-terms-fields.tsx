"use client";
import { termFieldLabel } from "@/lib/terms/labels";
import { SelectField } from "../fields";
import { foreignTroopsOptions, natoOptions, NOT_STATED, yesNoOptions } from "./options";

export function NeutralityTermsFields() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.nato" label="Alliance membership" options={natoOptions} blank={NOT_STATED} />
      <SelectField name="terms.foreignTroops" label="Foreign troops" options={foreignTroopsOptions} blank={NOT_STATED} />
      <SelectField name="terms.nonNuclear" label="Non-nuclear status" options={yesNoOptions} blank={NOT_STATED} />
      <SelectField name="terms.guaranteesRequired" label={termFieldLabel.guaranteesRequired} options={yesNoOptions} blank={NOT_STATED} />
    </div>
  );
}
