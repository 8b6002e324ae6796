// RFC 9457 problem details: every API error leaves as application/problem+json, mapped
// once from the domain's AppError. Anything unexpected is logged and answered without
// internals.
import { randomUUID } from "node:crypto";
import { isAppError, type AppErrorCode, type FieldErrors } from "@/lib/errors/app-error";

export const PROBLEM_TYPE_BASE = "/api#problem-";

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldErrors;
  current?: unknown;
  [extension: string]: unknown;
};

const statusByCode: Record<AppErrorCode, number> = {
  validation: 422,
  "not-found": 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  "rate-limited": 429,
  "precondition-required": 428,
};

export const problemTitles: Record<number, string> = {
  400: "Malformed request",
  401: "Authentication required",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  413: "Request too large",
  415: "Unsupported media type",
  422: "Invalid fields",
  428: "Precondition required",
  429: "Too many requests",
  500: "Internal error",
  501: "Not implemented",
  503: "Service unavailable",
};

/** The problem's `type`: an anchor on the API reference page that explains it. */
export function problemType(status: number) {
  return `${PROBLEM_TYPE_BASE}${(problemTitles[status] ?? "error").toLowerCase().replace(/\s+/g, "-")}`;
}

export function problem(status: number, detail: string, extra: Partial<Problem> = {}, headers: HeadersInit = {}) {
  const body: Problem = { type: problemType(status), title: problemTitles[status] ?? "Error", status, detail, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** Maps any thrown value to a problem response; only AppErrors reveal their message. */
export function problemFromError(error: unknown, { staleVersionStatus = 409 } = {}) {
  if (isAppError(error)) {
    const status = error.code === "conflict" ? staleVersionStatus : statusByCode[error.code];
    const headers: Record<string, string> = {};
    if (error.details.retryAfterSeconds) headers["retry-after"] = String(error.details.retryAfterSeconds);
    if (error.code === "unauthenticated") headers["www-authenticate"] = 'Bearer realm="parley"';
    return problem(
      status,
      error.message,
      {
        ...(error.details.fieldErrors ? { errors: error.details.fieldErrors } : {}),
        ...(error.details.current !== undefined ? { current: error.details.current } : {}),
      },
      headers,
    );
  }
  // A reference the client can quote, found beside the error in the server's log (ASVS 7.4.1).
  const reference = randomUUID();
  console.error(`Unexpected error in API route (reference ${reference})`, error);
  return problem(500, `Something went wrong on our side. It has been logged as ${reference}: quote it if you report the problem.`, { reference });
}
