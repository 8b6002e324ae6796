import "server-only";
// Who may download the full archive, and the record that they did. The archive holds what
// readers never see — retracted records, the accounts behind each change, API tokens' names
// — so it is for editors and API tokens, and each download is a security event: a copy of
// everything has left the server.
import type { Actor } from "@/lib/auth/actor";
import { assertCanReadArchive, type SignedInActor } from "@/lib/auth/permissions";
import { recordSecurityEvent } from "@/lib/auth/security-events";

/** The actor, if they may download the archive; a 401/403 AppError otherwise. */
export function archiveReader(actor: Actor | null): SignedInActor {
  assertCanReadArchive(actor);
  return actor;
}

/** Records a download that has begun. */
export function recordArchiveDownload({ actor, address }: { actor: SignedInActor; address: string }) {
  return recordSecurityEvent({ event: "archive-downloaded", outcome: "success", actor, address, detail: "GET /api/v1/export.json?scope=archive" });
}
