"use client";

import { useActionState } from "react";
import { revokeTokenAction } from "@/app/admin/tokens/actions";
import { idleForm } from "@/lib/auth/form-state";
import { FormStatus, secondaryButtonClass } from "../form-fields";

export function RevokeTokenButton({ token }: { token: { id: string; name: string } }) {
  const [state, action, pending] = useActionState(revokeTokenAction, idleForm);
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
