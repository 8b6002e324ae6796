import type { Metadata } from "next";
import { AdminNav } from "@/components/auth/admin/admin-nav";
import { CreateUserForm } from "@/components/auth/admin/create-user-form";
import { UserRowActions } from "@/components/auth/admin/user-row-actions";
import { requireAdminPage } from "@/lib/auth/get-actor";
import { PASSWORD_MIN } from "@/lib/auth/inputs";
import { listUsers } from "@/lib/auth/manage-users";
import { changeRoleAction, createUserAction, requirePasswordResetAction, setDisabledAction } from "./actions";
import { formatDay } from "@/lib/dates/format-date";

const rowActions = { changeRole: changeRoleAction, setDisabled: setDisabledAction, requirePasswordReset: requirePasswordResetAction };

export const metadata: Metadata = { title: "Users", robots: { index: false } };

export default async function UsersPage() {
  const actor = await requireAdminPage("/admin/users");
  const users = await listUsers({ actor });
  return (
    <>
      <AdminNav current="/admin/users" />
      <h1>Users</h1>
      <p className="mt-2 max-w-prose text-muted">
        Editors change records; admins also manage accounts and API tokens. A disabled account cannot sign in, is signed
        out at once, and its API tokens stop working until it is enabled again. An account that must choose a new password
        is signed out and does so at its next sign-in, with its current password — or, for someone who has forgotten
        theirs, with a temporary one you give them, which works for three days. If a password may have leaked, give a
        temporary one: whoever knows the current password could otherwise choose the new one first.
      </p>

      <section className="mt-6" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading" className="text-xl font-semibold">Create an account</h2>
        <p className="mt-1 mb-4 max-w-prose text-muted">
          Choose a first password and give it to the person by a safe channel; they choose their own at their first sign-in.
        </p>
        <CreateUserForm createUser={createUserAction} passwordMin={PASSWORD_MIN} />
      </section>

      <div className="mt-10 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-semibold">
            {users.length} account{users.length === 1 ? "" : "s"}
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Email</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4">Created</th>
              <th scope="col" className="py-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 text-left font-medium">{u.name}</th>
                <td className="py-2 pr-4">{u.email}</td>
                <td className="py-2 pr-4">{u.role}</td>
                <td className="py-2 pr-4">{statusOf(u)}</td>
                <td className="py-2 pr-4">{formatDay(u.createdAt)}</td>
                <td className="py-2">
                  {u.id === actor.id ? (
                    <span className="text-muted">You</span>
                  ) : (
                    <UserRowActions
                      actions={rowActions}
                      user={{ id: u.id, name: u.name, role: u.role, disabled: !!u.disabledAt, resetRequired: !!u.passwordResetRequiredAt }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function statusOf(user: { disabledAt: Date | null; passwordResetRequiredAt: Date | null; temporaryPasswordUntil: Date | null }) {
  if (user.disabledAt) return `Disabled ${formatDay(user.disabledAt)}`;
  if (user.temporaryPasswordUntil) return `Active; has a temporary password until ${formatDay(user.temporaryPasswordUntil)}`;
  if (user.passwordResetRequiredAt) return "Active; must choose a new password";
  return "Active";
}
