"use client";
import type { TermChoices } from "@/lib/forms/terms-fields";
import { CheckboxGroup, SelectField, TextField } from "../fields";
import { deploymentMandateOptions, deploymentRoleOptions, deploymentTaskOptions, NOT_STATED, yesNoOptions } from "./options";

export function DeploymentTermsFields({ choices }: { choices: TermChoices }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField name="terms.allowed" label="A force allowed" options={yesNoOptions} blank={NOT_STATED} />
      <SelectField name="terms.role" label="Role" options={deploymentRoleOptions} blank={NOT_STATED} />
      <TextField name="terms.size" label="Size (troops)" type="number" inputMode="numeric" optional hint="A whole number, e.g. 5000." />
      <SelectField name="terms.mandate" label="Mandate" options={deploymentMandateOptions} blank={NOT_STATED} />
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.rejectedRoles" legend="Roles refused" options={deploymentRoleOptions} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.tasks" legend="Tasks" options={deploymentTaskOptions} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.rejectedTasks" legend="Tasks refused" options={deploymentTaskOptions} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.contributors" legend="Troops sent by" options={choices.parties} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.excludedContributors" legend="No troops from" options={choices.parties} />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.approvedBy" legend="Approved by" options={choices.parties} hint="Who must invite, vet or approve the force." />
      </div>
      <div className="sm:col-span-2">
        <CheckboxGroup name="terms.where" legend="Where" options={choices.areas} hint="The areas of the negotiation it deploys in." />
      </div>
    </div>
  );
}
