"use client";

import { useActionState } from "react";
import { signOutSessionAction } from "@/app/account/actions";
import { idleForm } from "@/lib/auth/form-state";
import { FormStatus, secondaryButtonClass } from "../form-fields";

/** Signs out one other browser; `label` names it for screen readers ("signed in 4 Dec, 09:12"). */
export function SessionSignOutButton({ sessionId, label }: { sessionId: string; label: string }) {
  const [state, action, pending] = useActionState(signOutSessionAction, idleForm);
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Sign out the browser ${label}`}>
        Sign out
      </button>
      <FormStatus state={state} compact />
    </form>
  );
}
