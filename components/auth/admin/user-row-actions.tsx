"use client";

import { useActionState } from "react";
import { changeRoleAction, requirePasswordResetAction, setDisabledAction, type PasswordResetState } from "@/app/admin/users/actions";
import { idleForm } from "@/lib/auth/form-state";
import { FormStatus, inputClass, secondaryButtonClass } from "../form-fields";

type Row = { id: string; name: string; role: string; disabled: boolean; resetRequired: boolean };

/**
 * Role change, password reset (keeping the password, or replacing a forgotten one with a
 * temporary one shown once) and disable/enable for one account (not for the admin's own row).
 */
export function UserRowActions({ user }: { user: Row }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, idleForm);
  const [disableState, disableAction, disablePending] = useActionState(setDisabledAction, idleForm);
  const [resetState, resetAction, resetPending] = useActionState(requirePasswordResetAction, idleForm as PasswordResetState);
  const otherRole = user.role === "admin" ? "editor" : "admin";
  const last: PasswordResetState = [disableState, resetState, roleState].find((s) => s.status !== "idle") ?? roleState;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        <form action={roleAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="role" value={otherRole} />
          <button type="submit" className={secondaryButtonClass} disabled={rolePending} aria-label={`Make ${otherRole}: ${user.name}`}>
            Make {otherRole}
          </button>
        </form>
        {!user.disabled && (
          <form action={resetAction} className="flex flex-wrap gap-2">
            <input type="hidden" name="userId" value={user.id} />
            {!user.resetRequired && (
              <button
                type="submit"
                name="temporary"
                value="false"
                className={secondaryButtonClass}
                disabled={resetPending}
                aria-label={`Require a new password: ${user.name}`}
              >
                Require new password
              </button>
            )}
            <button
              type="submit"
              name="temporary"
              value="true"
              className={secondaryButtonClass}
              disabled={resetPending}
              aria-label={`Give a temporary password: ${user.name}`}
            >
              Give temporary password
            </button>
          </form>
        )}
        <form action={disableAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disable" value={String(!user.disabled)} />
          <button
            type="submit"
            className={secondaryButtonClass}
            disabled={disablePending}
            aria-label={`${user.disabled ? "Enable" : "Disable"}: ${user.name}`}
          >
            {user.disabled ? "Enable" : "Disable"}
          </button>
        </form>
      </div>
      <FormStatus state={last} compact />
      {resetState.temporaryPassword && last === resetState && (
        <div>
          <label htmlFor={`temporary-${user.id}`} className="text-sm font-semibold">
            Temporary password for {user.name}
          </label>
          <input
            id={`temporary-${user.id}`}
            readOnly
            value={resetState.temporaryPassword}
            onFocus={(e) => e.currentTarget.select()}
            className={`${inputClass} font-mono text-sm`}
          />
        </div>
      )}
    </div>
  );
}
