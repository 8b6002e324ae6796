"use client";
// Create, edit or supersede a position. Checks with the same schemas as the server: the
// position's, with terms of the issue's kind, and the source's for a source cited new.
import { useMemo } from "react";
import { positionInputFor } from "@/lib/positions/position-input";
import { sourceInput } from "@/lib/sources/source-input";
import type { FieldValues, Option } from "@/lib/forms/fields";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { positionFromFields } from "@/lib/positions/position-form-fields";
import { mergeErrors, validateFields } from "@/lib/forms/validate";
import { attributionKinds, stances, termsConfidences, type IssueKind } from "@/lib/vocab";
import { attributionLabel, stanceLabel } from "@/lib/vocab/labels";
import { EditForm, type EditAction } from "./edit-form";
import { FieldGroup, Hidden, SelectField, TextField } from "./fields";
import { useFormValues } from "./form-context";
import { RowList } from "./row-list";
import { SourceSelect } from "./source-select";
import { TermsFields } from "./terms/terms-fields";

const stanceOptions: Option[] = stances.map((s) => ({ value: s, label: stanceLabel[s] }));
const attributionOptions: Option[] = attributionKinds.map((a) => ({ value: a, label: attributionLabel[a] }));
const confidenceOptions: Option[] = termsConfidences.map((c) => ({ value: c, label: c.charAt(0).toUpperCase() + c.slice(1) }));

type Props = {
  mode: "create" | "edit" | "statement";
  action: EditAction;
  kind: IssueKind;
  initialValues: FieldValues;
  events: Option[];
  sources: Option[];
  /** Plan points of the negotiation the statement may cite, grouped by plan. */
  points: Option[];
  /** The areas and parties the issue's terms may name. */
  termChoices: TermChoices;
  currentHref: string;
};

export function PositionForm({ mode, action, kind, initialValues, events, sources, points, termChoices, currentHref }: Props) {
  const validate = (fields: FieldValues) => {
    const { input, renames, newSource } = positionFromFields(fields, kind);
    return mergeErrors(
      validateFields(positionInputFor(kind), input, renames),
      newSource ? validateFields(sourceInput, newSource, {}, "newSource.") : {},
    );
  };
  const submitLabel = mode === "create" ? "Create position" : mode === "statement" ? "Record new statement" : "Save changes";
  return (
    <EditForm formId="position" action={action} initialValues={initialValues} validate={validate} submitLabel={submitLabel} currentHref={currentHref}>
      <Hidden name="id" />
      <Hidden name="version" />
      <Hidden name="partyId" />
      <Hidden name="issueId" />
      <input type="hidden" name="termsKind" value={kind} />

      <FieldGroup legend="The statement">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="stance" label="Stance" options={stanceOptions} blank="Choose a stance" />
          <TextField name="statedOn" label="Date stated" hint="YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known." />
          <SelectField name="eventId" label="Stated at event" options={events} blank="No event" optional className="sm:col-span-2" />
        </div>
        <TextField name="summary" label="Summary" multiline rows={4} hint="In Parley's own words: what the party wants or offers. Up to 2,000 characters." />
        <TextField name="details" label="Details" multiline rows={3} optional hint="Anything the terms below cannot hold." />
        <TextField name="notes" label="Editorial notes" multiline rows={3} optional hint="Disagreements between sources, weak sourcing." />
        {mode !== "statement" && (
          <TextField name="withdrawnOn" label="Withdrawn on" optional hint="YYYY-MM-DD, only if the party has withdrawn this statement." />
        )}
      </FieldGroup>

      <FieldGroup name="terms" legend="Structured terms" hint="Code only what the statement says; leave the rest as not stated.">
        <TermsFields kind={kind} choices={termChoices} />
        {kind !== "general" && (
          <div className="grid gap-4 border-t border-line pt-4 sm:grid-cols-2">
            <SelectField name="termsConfidence" label="Confidence in this coding" options={confidenceOptions} blank="Not given" />
            <TextField name="termsNote" label="Coding note" multiline rows={2} optional hint="Why the terms were coded this way." className="sm:col-span-2" />
          </div>
        )}
      </FieldGroup>

      <Citations sources={sources} />

      {points.length > 0 && (
        <FieldGroup name="pointIds" legend="Plan points it cites" hint="Optional: the points of plans the statement was made about or in. Clear a row, or remove it, to stop citing that point.">
          <RowList prefix="pointIds" addLabel="Cite another plan point" removeLabel={(n) => `Remove plan point ${n}`}>
            {(i, position) => <SelectField name={`pointIds.${i}`} label={`Plan point ${position + 1}`} options={points} blank="Choose a point" />}
          </RowList>
        </FieldGroup>
      )}

      <TextField name="note" label="Note on this change" optional hint="Shown in the history, e.g. “Corrected the date from the transcript”." />
    </EditForm>
  );
}

function Citations({ sources }: { sources: Option[] }) {
  const { values, errors, added } = useFormValues();
  // Kept from render to render, so each row's filter prepares the labels once.
  const options = useMemo(() => [...sources, ...(added?.sourceId ?? [])], [sources, added]);
  const newSourceOpen = Object.keys(errors).some((k) => k.startsWith("newSource.")) || Object.keys(values).some((k) => k.startsWith("newSource.") && values[k] !== "");
  return (
    <FieldGroup name="citations" legend="Sources cited" hint="At least one. Clear a row, or remove it, to stop citing that source.">
      <RowList prefix="citations" addLabel="Cite another source" removeLabel={(n) => `Remove source ${n}`}>
        {(i, position) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <SourceSelect name={`citations.${i}.sourceId`} number={position + 1} options={options} className="sm:col-span-2" />
            <SelectField name={`citations.${i}.attribution`} label="Attribution" options={attributionOptions} blank="Choose how it is attributed" />
            <TextField name={`citations.${i}.speaker`} label="Speaker" optional />
            <TextField name={`citations.${i}.quote`} label="Quote" multiline rows={2} optional className="sm:col-span-2" />
          </div>
        )}
      </RowList>
      <details open={newSourceOpen} className="rounded border border-dashed border-line p-3">
        <summary className="cursor-pointer font-medium">Cite a new source</summary>
        <p className="mt-1 text-sm text-muted">
          Not in the list? Describe it here: it is created when you save. Or <a href="/sources/new" target="_blank" rel="noopener">add it on its own page</a> (opens in a new tab) and reload this one.
        </p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <TextField name="newSource.outlet" label="Outlet" hint="e.g. Reuters" />
          <TextField name="newSource.title" label="Title" />
          <TextField name="newSource.url" label="Web address" type="url" optional hint="Starting with https:// or http://." />
          <TextField name="newSource.publishedOn" label="Published" optional hint="YYYY-MM-DD, YYYY-MM or YYYY." />
          <SelectField name="newSource.attribution" label="Attribution" options={attributionOptions} blank="Choose how it is attributed" />
          <TextField name="newSource.speaker" label="Speaker" optional />
          <TextField name="newSource.quote" label="Quote" multiline rows={2} optional className="sm:col-span-2" />
        </div>
      </details>
    </FieldGroup>
  );
}
