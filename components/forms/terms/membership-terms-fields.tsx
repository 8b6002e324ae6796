"use client";
import { SelectField, TextField } from "../fields";
import { membershipStanceOptions, NOT_STATED } from "./options";

export function MembershipTermsFields() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="terms.organisation" label="Organisation" optional hint="Its name as readers know it." />
      <SelectField name="terms.membership" label="Membership" options={membershipStanceOptions} blank={NOT_STATED} />
      <TextField name="terms.timelineYears" label="Timeline in years" type="number" inputMode="numeric" optional hint="A whole number, e.g. 5." />
    </div>
  );
}
