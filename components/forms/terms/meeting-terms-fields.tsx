"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { meetingLevelOptions, meetingStanceOptions, NOT_STATED } from "./options";

export function MeetingTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.meeting" label="Meeting" options={meetingStanceOptions} blank={NOT_STATED} />
      <SelectField name="terms.level" label="Level" options={meetingLevelOptions} blank={NOT_STATED} />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.participants" legend="Participants" options={choices.parties} hint="Who would sit at the meeting." />
      </div>
      <TextField name="terms.preconditions" label="Preconditions" multiline rows={3} optional hint="One precondition per line." className="sm:col-span-2" />
    </div>
  );
}
