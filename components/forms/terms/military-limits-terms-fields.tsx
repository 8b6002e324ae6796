"use client";
import { termFieldLabel } from "@/lib/terms/labels";
import { SelectField, TextField } from "../fields";
import { NOT_STATED, yesNoOptions } from "./options";

export function MilitaryLimitsTermsFields() {
  const number = { type: "number" as const, inputMode: "numeric" as const, optional: true };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="terms.maxTroops" label={termFieldLabel.maxTroops} hint="Most troops allowed, e.g. 85000." {...number} />
      <TextField name="terms.maxTanks" label={termFieldLabel.maxTanks} {...number} />
      <TextField name="terms.maxArtillery" label={termFieldLabel.maxArtillery} {...number} />
      <SelectField name="terms.capsAccepted" label="Caps accepted" options={yesNoOptions} blank={NOT_STATED} />
    </div>
  );
}
