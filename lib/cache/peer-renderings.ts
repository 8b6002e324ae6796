// Renderings shared by the instances of one deployment, asked of each other directly. A save
// makes the same dozen pages stale in every instance's cache (response-cache.ts); without
// sharing, each instance renders each of them again, so three instances spend three times
// the CPU a save needs, on the machines their readers are waiting on. Here each page has one
// owner among the instances (PARLEY_PEERS), chosen by hashing its key with each instance's
// address (rendezvous hashing, so a page's owner moves only when its owner leaves the list).
// An instance whose entry a change made stale renders the page itself if it owns it, and
// otherwise asks the owner for its answer, while its own readers get the stale one (the
// cache's stale window).
//
// Freshness: the asking instance names the changes it has been told of lately, by their
// PostgreSQL transaction ids (lib/revisions/announce-change.ts), and the owner answers only
// once it has been told of each of them too, and only with an entry that no change it knows
// of has made stale: an answer rendered before one of them, or since, is never given. A
// change that came without an id (a script's write, a lost connection), an owner that does
// not answer, or one that has not heard of a change within `behindMs`: the instance renders
// the page itself, as it would without sharing. (Renderings were once shared through the
// database instead, each claimed by the first instance to ask: the claims' round trips and
// their uneven spread left readers worse served, bench/spike/ANALYSIS.md.)
//
// The owner answers with the stored response as bytes (stored-response-bytes.ts), its
// compressed copies with it, on a request marked with the deployment's shared secret; it is
// the only request an instance serves from its cache without the stale window, and the only
// one whose forwarding headers it takes from another instance rather than a trusted proxy.
import { createHash, timingSafeEqual } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { headersNaming, isStorableResponse, targetOfKey } from "./cacheable";
import type { Env } from "@/lib/config/env";
import type { Engine } from "@/lib/db/engine";
import type { SharedRenderings } from "./response-cache";
import type { Fill, StoredResponse } from "./stored-response";
import { responseFromBytes, responseToBytes } from "./stored-response-bytes";

const SECRET_HEADER = "x-parley-peer-fill";
const AFTER_HEADER = "x-parley-peer-after";
/** Changes older than this are known to every live instance: an owner that had not heard of one restarted since, with an empty cache. */
const REMEMBER_MS = 5_000;
/** How long an instance asked about an unknown change waits to be told of it before saying it is behind. */
const BEHIND_MS = 300;
/** How long an instance that failed to answer is left out of the owners. */
const DOWN_MS = 5_000;
/** How long the asking instance waits for an owner's rendering before rendering the page itself. */
const ANSWER_MS = 2_000;

export type PeerSettings = {
  /** Every instance's address as the others reach it (`http://10.0.0.2:3000`), this one's among them. */
  peers: string[];
  /** This instance's address, as listed in `peers`. */
  self: string;
  /** The same for every instance of the deployment: marks a request as another instance's. */
  secret: string;
};

/**
 * The peers this instance asks, from its checked settings, or why it renders every page itself
 * although it was told of them (null when it was not). It shares only re-renderings a change
 * called for, which need the cache and its stale window, and only on PostgreSQL, whose change
 * notifications name the transactions an owner's answer is checked against.
 */
export function peersInUse(
  settings: Pick<Env, "PARLEY_CACHE" | "PARLEY_CACHE_STALE_MS" | "PARLEY_PEERS" | "PARLEY_PEER_SELF" | "PARLEY_PEER_SECRET">,
  engine: Engine,
): { use: PeerSettings } | { unused: string } | null {
  const { PARLEY_PEERS: peers, PARLEY_PEER_SELF: self, PARLEY_PEER_SECRET: secret } = settings;
  if (!peers || !self || !secret) return null;
  if (settings.PARLEY_CACHE === "off") return { unused: "the response cache is off (PARLEY_CACHE)" };
  if (settings.PARLEY_CACHE_STALE_MS === 0) return { unused: "the stale window is off (PARLEY_CACHE_STALE_MS is 0)" };
  if (engine !== "postgres") return { unused: "on SQLite, changes are not named by transaction, which an owner's answer is checked against" };
  return { use: { peers, self, secret } };
}

export type PeerRenderings = SharedRenderings & {
  /** The changes a request of another instance's asks to be shown, if it is one (its marks removed); null otherwise. */
  peerRequest(request: IncomingMessage): { after: string[] } | null;
  /** Answers another instance with `answer()`, once this instance knows of every change in `after`; 503 if it does not in time. */
  answerPeer(response: ServerResponse, after: string[], answer: () => Promise<StoredResponse>): Promise<void>;
};

/** Which of `instances` owns the page at `key`: the one whose address hashed with the key scores highest. */
export function pageOwner(key: string, instances: string[]): string {
  let best = instances[0]!;
  let bestScore = "";
  for (const instance of instances) {
    const score = createHash("sha1").update(`${instance} ${key}`).digest("hex");
    if (score > bestScore) [best, bestScore] = [instance, score];
  }
  return best;
}

export function peerRenderings({ peers, self, secret }: PeerSettings): PeerRenderings {
  const told = new Map<string, number>(); // transaction id -> when this instance was told of it
  let unnamedAt = -Infinity; // when a change without an id was last told of
  const downUntil = new Map<string, number>();
  const waiting = new Set<() => void>();

  const forget = (now: number) => {
    for (const [id, at] of told) {
      if (now - at <= REMEMBER_MS) break; // in the order they were told
      told.delete(id);
    }
  };

  const ownerOf = (key: string): string => {
    const now = Date.now();
    return pageOwner(key, peers.filter((peer) => peer === self || (downUntil.get(peer) ?? 0) <= now));
  };

  const knowsAll = (after: string[]) => after.every((id) => told.has(id));
  // Compared by their digests, in constant time: the secret's length gives nothing away either.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const secretDigest = digest(secret);

  return {
    changed(transaction) {
      const now = Date.now();
      forget(now);
      if (transaction) told.set(transaction, now);
      else unnamedAt = now;
      for (const wake of waiting) wake();
    },

    async fill(key, fill) {
      const owner = ownerOf(key);
      const now = Date.now();
      if (owner === self || now - unnamedAt <= REMEMBER_MS) return fill();
      forget(now);
      try {
        return await askOwner(owner, key, [...told.keys()], secret);
      } catch (error) {
        // An owner that answered is alive: only one that did not is left out for a while.
        if (!(error instanceof OwnerRefused)) downUntil.set(owner, Date.now() + DOWN_MS);
        return fill();
      }
    },

    peerRequest(request) {
      const given = request.headers[SECRET_HEADER];
      const marked = typeof given === "string" && timingSafeEqual(digest(given), secretDigest);
      const after = String(request.headers[AFTER_HEADER] ?? "");
      delete request.headers[SECRET_HEADER];
      delete request.headers[AFTER_HEADER];
      return marked ? { after: after.split(",").filter(Boolean) } : null;
    },

    async answerPeer(response, after, answer) {
      if (!knowsAll(after)) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            if (!knowsAll(after)) return;
            clearTimeout(timer);
            waiting.delete(wake);
            resolve();
          };
          const timer = setTimeout(() => (waiting.delete(wake), resolve()), BEHIND_MS);
          waiting.add(wake);
        });
      }
      if (!knowsAll(after)) {
        response.writeHead(503, { "content-type": "text/plain" }).end("not yet told of every change asked for");
        return;
      }
      const bytes = responseToBytes(await answer());
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length }).end(bytes);
    },

    async close() {
      waiting.clear();
    },
  };
}

/** The owner answered, but not with a rendering (it was not yet told of a change asked for, say). */
class OwnerRefused extends Error {}

/** The owner's answer at `key`, showing at least the changes `after`; throws if it gives none. */
function askOwner(owner: string, key: string, after: string[], secret: string): Promise<Awaited<ReturnType<Fill>>> {
  const { origin, path } = targetOfKey(key);
  const headers = { ...headersNaming(origin), [SECRET_HEADER]: secret, [AFTER_HEADER]: after.join(",") };
  return new Promise((resolve, reject) => {
    const outgoing = http.get(new URL(path, owner), { headers, timeout: ANSWER_MS }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("error", reject);
      answer.on("end", () => {
        if (answer.statusCode !== 200) return reject(new OwnerRefused(`${owner} answered ${answer.statusCode}`));
        try {
          const response = responseFromBytes(Buffer.concat(chunks));
          const headers = Object.fromEntries(response.headers);
          resolve({ response, store: isStorableResponse(response.status, headers, response.body.length) });
        } catch (error) {
          reject(error);
        }
      });
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`${owner} gave no answer within ${ANSWER_MS} ms`)));
    outgoing.on("error", reject);
  });
}
