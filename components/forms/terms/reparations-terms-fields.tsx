"use client";
import { SelectField } from "../fields";
import { frozenAssetsOptions, NOT_STATED, reparationsOptions } from "./options";

export function ReparationsTermsFields() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.reparations" label="Reparations" options={reparationsOptions} blank={NOT_STATED} />
      <SelectField name="terms.frozenAssets" label="Frozen assets" options={frozenAssetsOptions} blank={NOT_STATED} />
    </div>
  );
}
