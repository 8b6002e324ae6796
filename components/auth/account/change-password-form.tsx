"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/account/actions";
import { idleForm } from "@/lib/auth/form-state";
import { buttonClass, Field, FormStatus } from "../form-fields";
import { PasswordInput } from "../password-input";

/** Current and new password; the other browsers signed in as the user are signed out. */
export function ChangePasswordForm({ passwordMin, passwordMax }: { passwordMin: number; passwordMax: number }) {
  const [state, action, pending] = useActionState(changePasswordAction, idleForm);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4" aria-labelledby="change-password-heading">
      <Field id="current-password" label="Current password" errors={errors.currentPassword}>
        {(a11y) => <PasswordInput {...a11y} name="currentPassword" autoComplete="current-password" required />}
      </Field>
      <Field
        id="new-password"
        label="New password"
        hint={`${passwordMin} to ${passwordMax} characters; a few unrelated words make a good one.`}
        errors={errors.newPassword}
      >
        {(a11y) => (
          <PasswordInput {...a11y} name="newPassword" autoComplete="new-password" required minLength={passwordMin} maxLength={passwordMax} showLabel="Show new" />
        )}
      </Field>
      <FormStatus state={state} />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          Change password
        </button>
      </div>
    </form>
  );
}
