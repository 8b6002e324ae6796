"use client";

import { useActionState } from "react";
import { signOutEverywhereAction } from "@/app/account/actions";
import { idleForm } from "@/lib/auth/form-state";
import { FormStatus, secondaryButtonClass } from "../form-fields";

export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, idleForm);
  return (
    <form action={action}>
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        Sign out everywhere
      </button>
      <FormStatus state={state} compact />
    </form>
  );
}
