import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertSignedInUser } from "./permissions";
import { recordSecurityEvent } from "./security-events";
import { deleteSession, deleteUserSession, deleteUserSessions } from "./sessions";

/** Ends the session the token belongs to; an unknown token is already signed out. */
export async function signOut({ token }: { token: string | null | undefined }) {
  if (token) await deleteSession(token);
}

/** Ends every session of the signed-in user, this browser's included (a lost laptop, a shared computer). */
export async function signOutEverywhere({ actor }: { actor: Actor | null }) {
  assertSignedInUser(actor);
  const ended = await deleteUserSessions(actor.id);
  await recordSecurityEvent({ event: "sessions-ended", outcome: "success", actor, subject: actor.label, detail: `${ended} session${ended === 1 ? "" : "s"} ended by the user` });
  return { ended };
}

/** Ends one of the signed-in user's sessions (a browser they no longer use). */
export async function signOutSession({ actor, sessionId }: { actor: Actor | null; sessionId: string }) {
  assertSignedInUser(actor);
  const ended = await deleteUserSession(actor.id, sessionId);
  if (ended) await recordSecurityEvent({ event: "sessions-ended", outcome: "success", actor, subject: actor.label, detail: "1 session ended by the user" });
  return { ended };
}
