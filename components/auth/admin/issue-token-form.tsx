"use client";

import { useActionState } from "react";
import type { FormAction, IssueTokenState } from "@/lib/auth/form-state";
import { buttonClass, Field, FormStatus, inputClass } from "../form-fields";

const initial: IssueTokenState = { status: "idle" };

export function IssueTokenForm({ issueToken }: { issueToken: FormAction<IssueTokenState> }) {
  const [state, action, pending] = useActionState(issueToken, initial);
  const errors = state.fieldErrors ?? {};
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <form action={action} className="flex flex-col gap-4">
        <Field id="token-name" label="Name" hint="What uses it, e.g. “nightly export”." errors={errors.name}>
          {(a11y) => <input {...a11y} name="name" required maxLength={80} autoComplete="off" defaultValue={values.name ?? ""} className={inputClass} />}
        </Field>
        <fieldset aria-describedby={errors.scope ? "token-scope-error" : undefined}>
          <legend className="font-medium">Scope</legend>
          {[
            { value: "read", label: "Read — fetch and export data" },
            { value: "write", label: "Write — also create and change records (as you)" },
          ].map((o) => (
            <label key={o.value} className="mt-1 flex items-start gap-2">
              <input type="radio" name="scope" value={o.value} defaultChecked={(values.scope || "read") === o.value} className="mt-1 shrink-0" />
              {o.label}
            </label>
          ))}
          {errors.scope && (
            <p id="token-scope-error" className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
              {errors.scope.join(" ")}
            </p>
          )}
        </fieldset>
        <Field id="token-expiry" label="Works for" hint="It stops sooner if revoked, or if you stop being an admin." errors={errors.expiresInDays}>
          {(a11y) => (
            <select {...a11y} name="expiresInDays" defaultValue={values.expiresInDays || "90"} className={inputClass}>
              <option value="30">30 days</option>
              <option value="90">90 days</option>
              <option value="365">1 year</option>
              <option value="never">Until revoked</option>
            </select>
          )}
        </Field>
        <FormStatus state={state} />
        <div>
          <button type="submit" className={buttonClass} disabled={pending}>
            Issue token
          </button>
        </div>
      </form>
      {state.token && (
        <div className="rounded border-2 border-ink bg-surface p-4">
          <label id="new-token-label" htmlFor="new-token" className="block font-semibold">
            Your new token
          </label>
          <p id="new-token-hint" className="text-sm">
            Copy it now and keep it somewhere safe: it is shown only once and cannot be read back. Programs send it as{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
          <input
            id="new-token"
            readOnly
            value={state.token}
            aria-describedby="new-token-hint"
            onFocus={(e) => e.currentTarget.select()}
            className={`${inputClass} font-mono text-sm`}
          />
        </div>
      )}
    </div>
  );
}
