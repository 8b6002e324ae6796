import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { safeReturnPath } from "@/lib/auth/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { PASSWORD_MIN } from "@/lib/auth/inputs";
import { signInAction, signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === "string" ? params.next : "/");
  const actor = await getActor();
  return (
    <div className="max-w-prose">
      <h1>Sign in</h1>
      <p className="mt-2 text-muted">For editors and admins. Reading Parley needs no account.</p>
      {params.ended === "everywhere" && !actor && (
        <p role="status" className="mt-4 rounded border border-line bg-surface p-4">
          You are signed out on every browser and device. Sign in again here when you need to.
        </p>
      )}
      {actor && (
        <div className="mt-4 rounded border border-line bg-surface p-4">
          <p>
            You are signed in as <strong>{actor.label}</strong> ({actor.role}).
            {params.need === "admin" && actor.role !== "admin" && " That page needs an admin account: sign in as one to open it."}
          </p>
          <div className="mt-3">
            <SignOutButton signOut={signOutAction} />
          </div>
        </div>
      )}
      <div className="mt-6">
        <SignInForm signIn={signInAction} next={next} passwordMin={PASSWORD_MIN} />
      </div>
    </div>
  );
}
