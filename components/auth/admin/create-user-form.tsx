"use client";

import { useActionState } from "react";
import { idleForm, type FormAction } from "@/lib/auth/form-state";
import { buttonClass, Field, FormStatus, inputClass } from "../form-fields";

/** `passwordMin` comes from lib/auth/inputs via the page, keeping Zod out of the browser bundle. */
export function CreateUserForm({ createUser, passwordMin }: { createUser: FormAction; passwordMin: number }) {
  const [state, action, pending] = useActionState(createUser, idleForm);
  const errors = state.fieldErrors ?? {};
  // After a success the form starts empty again; after an error it keeps what was typed.
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={action} className="grid max-w-xl gap-4 sm:grid-cols-2" aria-labelledby="create-user-heading">
      <Field id="new-user-name" label="Name" errors={errors.name}>
        {(a11y) => <input {...a11y} name="name" required autoComplete="off" defaultValue={values.name ?? ""} className={inputClass} />}
      </Field>
      <Field id="new-user-email" label="Email" errors={errors.email}>
        {(a11y) => (
          <input {...a11y} name="email" type="email" required autoComplete="off" defaultValue={values.email ?? ""} className={inputClass} />
        )}
      </Field>
      <Field id="new-user-role" label="Role" errors={errors.role}>
        {(a11y) => (
          <select {...a11y} name="role" defaultValue={values.role || "editor"} className={inputClass}>
            <option value="editor">Editor — edits records</option>
            <option value="admin">Admin — also manages accounts and tokens</option>
          </select>
        )}
      </Field>
      <Field id="new-user-password" label="First password" hint={`At least ${passwordMin} characters.`} errors={errors.password}>
        {(a11y) => <input {...a11y} name="password" type="password" required minLength={passwordMin} autoComplete="new-password" className={inputClass} />}
      </Field>
      <div className="sm:col-span-2">
        <FormStatus state={state} />
        <button type="submit" className={buttonClass} disabled={pending}>
          Create account
        </button>
      </div>
    </form>
  );
}
