"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { FieldError, SelectField } from "../fields";
import { useField } from "../form-context";
import { RowList } from "../row-list";
import { outcomeOptions, recognitionOptions } from "./options";

/** A claim per area of the negotiation: one row per area, each saying what should become of it. */
export function TerritoryTermsFields({ choices }: { choices: TermChoices }) {
  const list = useField("terms.claims");
  return (
    <div id={list.id} tabIndex={-1} data-invalid={list.errorId ? "true" : undefined}>
      <p className="font-medium">Claims by area</p>
      <p className="text-sm text-muted">
        One row per area of this negotiation. &ldquo;Every area not named&rdquo; stands for each area the statement does not
        name; a claim on an area also stands for the areas that lie in it. Name the party for &ldquo;held by&rdquo; and
        &ldquo;forces withdraw&rdquo;. Leave a row blank, or remove it, to drop it.
      </p>
      {choices.areas.length <= 1 && (
        <p className="mt-1 text-sm">
          This negotiation has no areas yet: add them on its list of areas first.
        </p>
      )}
      <FieldError id={list.errorId} messages={list.messages} />
      <div className="mt-2">
        <RowList prefix="terms.claims" addLabel="Add an area" removeLabel={(n) => `Remove claim ${n}`}>
          {(i, position) => (
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <SelectField name={`terms.claims.${i}.area`} label={`Area of claim ${position + 1}`} options={choices.areas} blank="Choose an area" />
              <SelectField name={`terms.claims.${i}.outcome`} label={`Outcome of claim ${position + 1}`} options={outcomeOptions} blank="Choose an outcome" />
              <SelectField name={`terms.claims.${i}.party`} label={`Party of claim ${position + 1}`} options={choices.parties} blank="No party" optional />
              <SelectField
                name={`terms.claims.${i}.recognition`}
                label={`Recognition of claim ${position + 1}`}
                options={recognitionOptions}
                blank="Not stated"
                optional
              />
            </div>
          )}
        </RowList>
      </div>
    </div>
  );
}
