import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "./resolve-actor";
import { sessionTokenFrom } from "./session-cookie";

/**
 * The actor behind a Request (route handlers): from `Authorization: Bearer <token>` or the
 * session cookie; null for readers. Apart from get-actor.ts, whose page helpers need
 * Next's navigation, so code that only holds a Request loads outside Next too (the CLI).
 */
export function getActorFromRequest(request: Request): Promise<Actor | null> {
  return resolveActor({ authorization: request.headers.get("authorization"), sessionToken: sessionTokenFrom(request) });
}
