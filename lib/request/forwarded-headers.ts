// The server's edge (server.ts, before the response cache and Next.js): decides what a
// request's X-Forwarded-* headers may say. Only a connection from a proxy listed in
// PARLEY_TRUSTED_PROXIES (none by default) may tell Parley the client's address, host or
// scheme; from anyone else those headers are dropped, so a client cannot choose the
// address the per-address sign-in delay counts, nor the host its links are written for.
// X-Forwarded-For then holds exactly one address, the client's, for clientAddress() to read.
import type { IncomingMessage } from "node:http";
import { isIP, type BlockList } from "node:net";

const FROM_PROXIES_ONLY = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
// Other spellings of the same claims, which Parley does not read: dropped so that nothing
// downstream is tempted to.
const NEVER_READ = ["forwarded", "x-real-ip"];

/** IPv4 peers on a dual-stack socket arrive as ::ffff:a.b.c.d; one spelling per address. */
export function plainAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1] : address.toLowerCase();
}

function isTrusted(address: string | undefined, proxies: BlockList): boolean {
  const family = address ? isIP(address) : 0;
  return family !== 0 && proxies.check(address!, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the peer's, unless the peer is a trusted proxy, in which case the
 * address that proxy says it received from (the last X-Forwarded-For entry), and so on
 * while the addresses are trusted proxies. Entries a client wrote itself lie further left
 * and are never reached.
 */
export function clientAddressFrom(peer: string | undefined, forwardedFor: string | undefined, proxies: BlockList): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => plainAddress(entry.trim()))
    .filter((entry): entry is string => !!entry);
  let address = plainAddress(peer);
  while (isTrusted(address, proxies) && chain.length > 0) {
    const next = chain.pop()!;
    if (!isIP(next)) break; // a proxy passed on something that is not an address: stop at the proxy
    address = next;
  }
  return address ?? "unknown";
}

/** Rewrites the request's forwarding headers in place, as described above. */
export function trustForwardedHeaders(request: IncomingMessage, proxies: BlockList): void {
  const peer = request.socket.remoteAddress;
  const fromProxy = isTrusted(plainAddress(peer), proxies);
  const forwardedFor = request.headers["x-forwarded-for"];
  const address = clientAddressFrom(peer, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, proxies);
  if (!fromProxy) for (const name of FROM_PROXIES_ONLY) delete request.headers[name];
  for (const name of NEVER_READ) delete request.headers[name];
  request.headers["x-forwarded-for"] = address;
}
