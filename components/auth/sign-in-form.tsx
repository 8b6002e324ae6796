"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/sign-in/actions";
import { buttonClass, Field, FormStatus, inputClass } from "./form-fields";
import { PasswordInput } from "./password-input";

const initial: SignInState = { status: "idle" };

/**
 * Email and password; works without JavaScript (the server action renders the result).
 * When an admin has required a new password, the answer asks for one beside the current one.
 */
export function SignInForm({ next, passwordMin }: { next: string; passwordMin: number }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4" aria-describedby="sign-in-status">
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email" errors={errors.email}>
        {(a11y) => (
          <input
            {...a11y}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.values?.email ?? ""}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="password" label={state.newPasswordRequired ? "Current password" : "Password"} errors={errors.password}>
        {(a11y) => <PasswordInput {...a11y} name="password" autoComplete="current-password" required />}
      </Field>
      {state.newPasswordRequired && (
        <Field id="new-password" label="New password" hint={`At least ${passwordMin} characters; a few unrelated words make a good one.`} errors={errors.newPassword}>
          {(a11y) => <PasswordInput {...a11y} name="newPassword" autoComplete="new-password" required minLength={passwordMin} showLabel="Show new" />}
        </Field>
      )}
      <FormStatus state={state} id="sign-in-status" />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
