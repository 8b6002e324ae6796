import "server-only";
// The session cookie: http-only, SameSite=Lax, Secure and `__Host-` prefixed when readers
// reach Parley over HTTPS (PARLEY_PUBLIC_ORIGIN, or a trusted proxy's X-Forwarded-Proto).
// It is cleared with the attributes it was set with: a browser ignores a Set-Cookie for a
// `__Host-` name without Secure, and would keep the cookie it means to clear.
import { cookies, headers } from "next/headers";
import { headersOf, isHttpsRequest } from "@/lib/request/public-origin";

const PLAIN = "parley_session";
const SECURE = "__Host-parley_session";

export function isHttps(h: Pick<Headers, "get">): boolean {
  return isHttpsRequest(headersOf(h));
}

/** The attributes of the cookie of that name, as set and as cleared. */
export function sessionCookieAttributes(name: typeof PLAIN | typeof SECURE) {
  return { httpOnly: true, sameSite: "lax", secure: name === SECURE, path: "/" } as const;
}

export async function setSessionCookie(token: string, expiresAt: Date) {
  const name = isHttps(await headers()) ? SECURE : PLAIN;
  (await cookies()).set(name, token, { ...sessionCookieAttributes(name), expires: expiresAt });
}

export async function readSessionToken(): Promise<string | null> {
  const jar = await cookies();
  if (isHttps(await headers())) return jar.get(SECURE)?.value ?? null;
  return jar.get(SECURE)?.value ?? jar.get(PLAIN)?.value ?? null;
}

export async function clearSessionCookie() {
  const jar = await cookies();
  for (const name of [SECURE, PLAIN] as const) {
    if (jar.has(name)) jar.set(name, "", { ...sessionCookieAttributes(name), maxAge: 0, expires: new Date(0) });
  }
}

/**
 * For route handlers that hold the Request: the session token from its Cookie header. A
 * value that is not a well-formed cookie is no session, not an error.
 */
export function sessionTokenFrom(request: Request): string | null {
  const found = new Map<string, string>();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) found.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  const value = isHttps(request.headers) ? found.get(SECURE) : (found.get(SECURE) ?? found.get(PLAIN));
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
