// The client's address for the per-address sign-in delay and the security log. The
// server's edge (lib/request/forwarded-headers.ts, run by server.ts) has already decided
// it — from the connection, or from a trusted proxy's X-Forwarded-For — and left it as the
// header's only entry. (`next dev` has no such edge: there Next.js fills the header from
// the connection only when the client sent none, so do not expose a development server.)
import { isIP } from "node:net";
import { plainAddress } from "@/lib/request/forwarded-headers";

export function clientAddress(h: Pick<Headers, "get">): string {
  const last = (h.get("x-forwarded-for") ?? "").split(",").at(-1)?.trim();
  return last && isIP(last) ? plainAddress(last)! : "unknown";
}
