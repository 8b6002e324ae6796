"use client";

import { useActionState } from "react";
import { idleForm, type FormAction } from "@/lib/auth/form-state";
import { FormStatus, secondaryButtonClass } from "../form-fields";

export function RevokeTokenButton({ revokeToken, token }: { revokeToken: FormAction; token: { id: string; name: string } }) {
  const [state, action, pending] = useActionState(revokeToken, idleForm);
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`Revoke “${token.name}”`}>
        Revoke
      </button>
      <FormStatus state={state} compact />
    </form>
  );
}
