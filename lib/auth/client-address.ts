// The client's address for the per-address sign-in limit. Next.js fills X-Forwarded-For
// with the peer's address only when the request has none, and each reverse proxy appends
// the address it received from, so the trustworthy entry is the one added by the outermost
// trusted proxy: PARLEY_TRUSTED_PROXIES (default 1) entries from the right. Without a
// reverse proxy a client can send its own header and evade the per-address limit; the
// per-account limit holds regardless.
export function clientAddress(h: Pick<Headers, "get">, trustedProxies = Number(process.env.PARLEY_TRUSTED_PROXIES ?? 1)): string {
  const chain = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 1;
  return chain[Math.max(0, chain.length - hops)] ?? h.get("x-real-ip")?.trim() ?? "unknown";
}
