import Link from "next/link";
import { getActor } from "@/lib/auth/get-actor";
import { SignOutButton } from "./sign-out-button";

/**
 * The header's account corner: "Sign in" for readers; the user's name, admin links and
 * "Sign out" for editors and admins. It reads the session cookie, which makes every page
 * that shows it render per request — as the nonce-based CSP (proxy.ts) needs.
 */
export async function AccountMenu() {
  const actor = await getActor();
  if (!actor) {
    return (
      <Link href="/sign-in" className="quiet-link rounded px-2.5 py-1.5 text-[0.95rem] hover:bg-paper">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[0.95rem]">
      <span>
        <span className="sr-only">Signed in as </span>
        {actor.scope ? (
          <span className="font-medium">{actor.label}</span>
        ) : (
          <Link href="/account" className="font-medium">
            {actor.label}
            <span className="sr-only"> (your account)</span>
          </Link>
        )}
        <span className="text-muted"> · {actor.role}</span>
      </span>
      {actor.role === "admin" && (
        <nav aria-label="Admin" className="flex gap-2">
          <Link href="/admin/users">Users</Link>
          <Link href="/admin/tokens">API tokens</Link>
          <Link href="/admin/security">Security events</Link>
        </nav>
      )}
      <SignOutButton />
    </div>
  );
}
