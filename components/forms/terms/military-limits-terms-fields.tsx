"use client";
import { SelectField, TextField } from "../fields";
import { NOT_STATED, yesNoOptions } from "./options";

export function MilitaryLimitsTermsFields() {
  const number = { type: "number" as const, inputMode: "numeric" as const, optional: true };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="terms.maxTroops" label="Troop cap" hint="Most troops allowed, e.g. 85000." {...number} />
      <TextField name="terms.maxTanks" label="Tank cap" {...number} />
      <TextField name="terms.maxArtillery" label="Artillery cap" {...number} />
      <SelectField name="terms.capsAccepted" label="Caps accepted" options={yesNoOptions} blank={NOT_STATED} />
    </div>
  );
}
