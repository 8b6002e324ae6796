// Optimistic concurrency for PATCH and DELETE. The client names the state it started from,
// by `If-Match: <ETag>` or by the record's `version` in the body; with neither the change is
// refused (428) rather than risk overwriting someone else's save. A stale If-Match is 412, a
// stale body version 409; both answers carry the record as it is now.
import { isAppError, isStaleVersion } from "@/lib/errors/app-error";
import { etagFor, versionFromIfMatch } from "@/lib/http/etag";
import { HttpError } from "@/lib/http/http-error";
import type { ApiRecord } from "./resource";

/** `any`: If-Match: * — the change applies to whatever version is stored when it is written. */
export type ExpectedVersion = { version: number; via: "if-match" | "body"; any?: true };

function staleError(status: 409 | 412, noun: string, current: ApiRecord) {
  return new HttpError(
    status,
    `Someone else saved this ${noun} after the version you started from. The record as it is now is included: review it, then make your change again from version ${current.version}.`,
    { current },
    { etag: etagFor(current.id, current.version, JSON.stringify(current)) },
  );
}

export function expectedVersion(
  request: Request,
  current: ApiRecord,
  bodyVersion: number | undefined,
  noun: string,
): ExpectedVersion {
  const header = request.headers.get("if-match");
  let expected: ExpectedVersion | null = null;
  if (header !== null) {
    const named = versionFromIfMatch(header, current.id, current.version);
    if (named === null || (named !== "any" && named !== current.version)) throw staleError(412, noun, current);
    expected = named === "any" ? { version: current.version, via: "if-match", any: true } : { version: current.version, via: "if-match" };
  }
  if (bodyVersion !== undefined) {
    if (bodyVersion !== current.version) throw staleError(409, noun, current);
    // A version in the body is more precise than If-Match: *.
    if (!expected || expected.any) expected = { version: bodyVersion, via: "body" };
  }
  if (!expected) {
    throw new HttpError(
      428,
      `Say which version of the ${noun} you are changing: send its ETag in If-Match, or its \`version\` in the body`,
    );
  }
  return expected;
}

/**
 * A conflict from the domain after the checks above: either another save landed in
 * between (stale: 412 or 409 by how the version was given) or the record's state forbids
 * the change (already retracted: 409). Either way the answer carries the record now.
 */
export async function conflictAnswer(
  error: unknown,
  expected: ExpectedVersion,
  noun: string,
  current: () => Promise<ApiRecord | null>,
): Promise<never> {
  if (!isAppError(error) || error.code !== "conflict") throw error;
  const now = await current();
  if (now && isStaleVersion(error)) throw staleError(expected.via === "if-match" ? 412 : 409, noun, now);
  throw new HttpError(409, error.message, { current: now ?? error.details.current });
}
