import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/account/change-password-form";
import { SessionSignOutButton } from "@/components/auth/account/session-sign-out-button";
import { SignOutEverywhereForm } from "@/components/auth/account/sign-out-everywhere-form";
import { requireAccountPage } from "@/lib/auth/get-actor";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/inputs";
import { readSessionToken } from "@/lib/auth/session-cookie";
import { SESSION_LIMITS, listUserSessions } from "@/lib/auth/sessions";
import { changePasswordAction, signOutEverywhereAction, signOutSessionAction } from "./actions";
import { formatMoment } from "@/lib/dates/format-date";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const hours = SESSION_LIMITS.lifetimeMs / 3_600_000;
const idleMinutes = SESSION_LIMITS.idleMs / 60_000;

export default async function AccountPage() {
  const actor = await requireAccountPage("/account");
  const sessions = await listUserSessions(actor.id, await readSessionToken());
  return (
    <div className="max-w-prose">
      <h1>Your account</h1>
      <p className="mt-2">
        Signed in as <strong>{actor.label}</strong> ({actor.role}).
      </p>

      <section className="mt-8" aria-labelledby="change-password-heading">
        <h2 id="change-password-heading" className="text-xl font-semibold">Change your password</h2>
        <p className="mt-1 mb-4 text-muted">
          Enter your current password and a new one. Every other browser signed in as you is signed out; this one stays
          signed in.
        </p>
        <ChangePasswordForm changePassword={changePasswordAction} passwordMin={PASSWORD_MIN} passwordMax={PASSWORD_MAX} />
      </section>

      <section className="mt-10" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-xl font-semibold">Where you are signed in</h2>
        <p className="mt-1 mb-4">
          You are signed in on {sessions.length} browser{sessions.length === 1 ? "" : "s"}, this one included. A sign-in
          lasts {hours} hours at most, and ends after {idleMinutes} minutes without use. Sign out a browser you no longer
          use; if you signed in on a computer that is not yours, or lost a device, sign out everywhere.
        </p>
        <div className="mb-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Your sessions</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-4">Signed in (UTC)</th>
                <th scope="col" className="py-2 pr-4">Last used (UTC)</th>
                <th scope="col" className="py-2 pr-4">From</th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">{formatMoment(session.createdAt)}</th>
                  <td className="py-2 pr-4">{formatMoment(session.lastUsedAt)}</td>
                  <td className="py-2 pr-4 font-mono">{session.address ?? "—"}</td>
                  <td className="py-2">
                    {session.current ? (
                      <span className="font-medium">This browser</span>
                    ) : (
                      <SessionSignOutButton signOutSession={signOutSessionAction} sessionId={session.id} label={`signed in ${formatMoment(session.createdAt)}`} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <SignOutEverywhereForm signOutEverywhere={signOutEverywhereAction} />
      </section>
    </div>
  );
}
