"use client";
import { FieldError, SelectField } from "../fields";
import { useField } from "../form-context";
import { RowList } from "../row-list";
import { claimOptions, regionOptions } from "./options";

/** A claim per region: one row per region, each with a select of claims. */
export function TerritoryTermsFields() {
  const list = useField("terms.claims");
  return (
    <div id={list.id} tabIndex={-1} data-invalid={list.errorId ? "true" : undefined}>
      <p className="font-medium">Claims by region</p>
      <p className="text-sm text-muted">
        One row per region. &ldquo;Every other occupied region&rdquo; stands for each region the statement does not name. Leave a row blank, or remove it, to drop it.
      </p>
      <FieldError id={list.errorId} messages={list.messages} />
      <div className="mt-2">
        <RowList prefix="terms.claims" addLabel="Add a region" removeLabel={(n) => `Remove region ${n}`}>
          {(i, position) => (
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField name={`terms.claims.${i}.region`} label={`Region ${position + 1}`} options={regionOptions} blank="Choose a region" />
              <SelectField name={`terms.claims.${i}.claim`} label={`Claim for region ${position + 1}`} options={claimOptions} blank="Choose a claim" />
            </div>
          )}
        </RowList>
      </div>
    </div>
  );
}
