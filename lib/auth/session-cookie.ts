import "server-only";
// The session cookie: http-only, SameSite=Lax, Secure and `__Host-` prefixed when the
// request came over HTTPS (directly or through a proxy that sets X-Forwarded-Proto).
import { cookies, headers } from "next/headers";
import { headersOf, isHttpsRequest } from "@/lib/request/public-origin";

const PLAIN = "parley_session";
const SECURE = "__Host-parley_session";

export function isHttps(h: Pick<Headers, "get">): boolean {
  return isHttpsRequest(headersOf(h));
}

export async function setSessionCookie(token: string, expiresAt: Date) {
  const secure = isHttps(await headers());
  (await cookies()).set(secure ? SECURE : PLAIN, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    expires: expiresAt,
  });
}

export async function readSessionToken(): Promise<string | null> {
  const jar = await cookies();
  if (isHttps(await headers())) return jar.get(SECURE)?.value ?? null;
  return jar.get(SECURE)?.value ?? jar.get(PLAIN)?.value ?? null;
}

export async function clearSessionCookie() {
  const jar = await cookies();
  for (const name of [SECURE, PLAIN]) if (jar.has(name)) jar.delete(name);
}

/** For route handlers that hold the Request: the session token from its Cookie header. */
export function sessionTokenFrom(request: Request): string | null {
  const found = new Map<string, string>();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) found.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  const value = isHttps(request.headers) ? found.get(SECURE) : (found.get(SECURE) ?? found.get(PLAIN));
  return value ? decodeURIComponent(value) : null;
}
