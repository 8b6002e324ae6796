import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/auth/account/sign-out-everywhere-form";
import { requireAccountPage } from "@/lib/auth/get-actor";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/inputs";
import { SESSION_LIMITS, countUserSessions } from "@/lib/auth/sessions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const hours = SESSION_LIMITS.lifetimeMs / 3_600_000;
const idleMinutes = SESSION_LIMITS.idleMs / 60_000;

export default async function AccountPage() {
  const actor = await requireAccountPage("/account");
  const sessions = await countUserSessions(actor.id);
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-semibold tracking-tight">Your account</h1>
      <p className="mt-2">
        Signed in as <strong>{actor.label}</strong> ({actor.role}).
      </p>

      <section className="mt-8" aria-labelledby="change-password-heading">
        <h2 id="change-password-heading" className="text-xl font-semibold">Change your password</h2>
        <p className="mt-1 mb-4 text-muted">
          Enter your current password and a new one. Every other browser signed in as you is signed out; this one stays
          signed in.
        </p>
        <ChangePasswordForm passwordMin={PASSWORD_MIN} passwordMax={PASSWORD_MAX} />
      </section>

      <section className="mt-10" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-xl font-semibold">Where you are signed in</h2>
        <p className="mt-1 mb-4">
          You are signed in on {sessions} browser{sessions === 1 ? "" : "s"}, this one included. A sign-in lasts {hours}{" "}
          hours at most, and ends after {idleMinutes} minutes without use. If you signed in on a computer that is not yours,
          or lost a device, sign out everywhere.
        </p>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
