"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/sign-in/actions";
import { idleForm } from "@/lib/auth/form-state";
import { buttonClass, Field, FormStatus, inputClass } from "./form-fields";

/** Email and password; works without JavaScript (the server action renders the result). */
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signInAction, idleForm);
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
      <Field id="password" label="Password" errors={errors.password}>
        {(a11y) => <input {...a11y} name="password" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <FormStatus state={state} id="sign-in-status" />
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
