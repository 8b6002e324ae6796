import "server-only";
// Who may write through the API: an editor or admin, by session cookie (from Parley's own
// pages only) or by an API token with write scope.
import { getActorFromRequest } from "@/lib/auth/actor-from-request";
import { assertCanEdit, type SignedInActor } from "@/lib/auth/permissions";
import { assertSameOriginOrToken } from "@/lib/auth/same-origin";
import { logAccessDenied } from "@/lib/auth/security-log";
import { AppError } from "@/lib/errors/app-error";

export async function editorFrom(request: Request): Promise<SignedInActor> {
  const actor = await getActorFromRequest(request);
  if (!actor) {
    const message = request.headers.has("authorization")
      ? "This API token is unknown, revoked or malformed: send `Authorization: Bearer <token>` with a live token"
      : "Sign in, or send an API token as `Authorization: Bearer <token>`, to make changes";
    logAccessDenied(null, `${request.method} ${new URL(request.url).pathname}: ${message}`);
    throw new AppError("unauthenticated", message);
  }
  assertSameOriginOrToken(request);
  assertCanEdit(actor);
  return actor;
}
