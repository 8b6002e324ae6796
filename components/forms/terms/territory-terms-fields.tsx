"use client";
import { useState } from "react";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { territoryOutcomeLabel } from "@/lib/terms/labels";
import { outcomesWithParty, type TerritoryOutcome } from "@/lib/terms/territory";
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
        &ldquo;forces withdraw&rdquo;, and the recognition for &ldquo;held by&rdquo; only: with another outcome they are
        not saved. Leave a row blank, or remove it, to drop it.
      </p>
      {choices.areas.length <= 1 && (
        <p className="mt-1 text-sm">
          This negotiation has no areas yet: add them on its list of areas first.
        </p>
      )}
      <FieldError id={list.errorId} messages={list.messages} />
      <div className="mt-2">
        <RowList prefix="terms.claims" addLabel="Add an area" removeLabel={(n) => `Remove claim ${n}`}>
          {(i, position) => <ClaimRow i={i} n={position + 1} choices={choices} />}
        </RowList>
      </div>
    </div>
  );
}

/**
 * One claim. A party or recognition the chosen outcome does not take is disabled, so the
 * editor sees at once that it will not be saved (the save drops it: lib/forms/terms-fields.ts);
 * it comes back if the outcome does.
 */
function ClaimRow({ i, n, choices }: { i: number; n: number; choices: TermChoices }) {
  const prefix = `terms.claims.${i}`;
  const stored = useField(`${prefix}.outcome`).defaultValue;
  const [outcome, setOutcome] = useState(stored);
  const takesParty = outcome === "" || outcomesWithParty.has(outcome as TerritoryOutcome);
  const takesRecognition = outcome === "" || outcome === "held-by";
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <SelectField name={`${prefix}.area`} label={`Area of claim ${n}`} options={choices.areas} blank="Choose an area" />
      <SelectField name={`${prefix}.outcome`} label={`Outcome of claim ${n}`} options={outcomeOptions} blank="Choose an outcome" onChange={setOutcome} />
      <SelectField
        name={`${prefix}.party`}
        label={`Party of claim ${n}`}
        options={choices.parties}
        blank="No party"
        optional
        disabled={!takesParty}
        hint={takesParty ? undefined : `Only for ${[...outcomesWithParty].map((o) => `“${territoryOutcomeLabel[o]}”`).join(" and ")}`}
      />
      <SelectField
        name={`${prefix}.recognition`}
        label={`Recognition of claim ${n}`}
        options={recognitionOptions}
        blank="Not stated"
        optional
        disabled={!takesRecognition}
        hint={takesRecognition ? undefined : `Only for “${territoryOutcomeLabel["held-by"]}”`}
      />
    </div>
  );
}
