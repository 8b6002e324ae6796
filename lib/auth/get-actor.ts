import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { assertIsAdmin, assertSignedInUser } from "./permissions";
import { resolveActor } from "./resolve-actor";
import { readSessionToken } from "./session-cookie";

/**
 * The actor behind the current request (server components, server actions, route
 * handlers): from `Authorization: Bearer <token>` or the session cookie; null for readers.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const authorization = (await headers()).get("authorization");
  return resolveActor({ authorization, sessionToken: await readSessionToken() });
});

export { getActorFromRequest } from "./actor-from-request";

/** For admin pages: the admin, or a redirect to sign in and come back. */
export async function requireAdminPage(returnTo: string) {
  const actor = await getActor();
  try {
    assertIsAdmin(actor);
  } catch {
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}${actor ? "&need=admin" : ""}`);
  }
  return actor;
}

/** For the account page: the signed-in person, or a redirect to sign in and come back. */
export async function requireAccountPage(returnTo: string) {
  const actor = await getActor();
  try {
    assertSignedInUser(actor);
  } catch {
    redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  }
  return actor;
}
