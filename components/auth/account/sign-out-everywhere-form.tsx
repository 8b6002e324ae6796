"use client";

import { useActionState } from "react";
import { idleForm, type FormAction } from "@/lib/auth/form-state";
import { FormStatus, secondaryButtonClass } from "../form-fields";

export function SignOutEverywhereForm({ signOutEverywhere }: { signOutEverywhere: FormAction }) {
  const [state, action, pending] = useActionState(signOutEverywhere, idleForm);
  return (
    <form action={action}>
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        Sign out everywhere
      </button>
      <FormStatus state={state} compact />
    </form>
  );
}
