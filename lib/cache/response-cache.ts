// Answers to anonymous reads, kept in memory until the records change. Pages are rendered
// per request (the Content-Security-Policy carries a nonce), which costs milliseconds of
// database reads and React rendering; a burst of readers asking for the same page gets the
// bytes rendered for the first of them instead.
//
// Freshness: every entry belongs to a generation, and `invalidate()` (called when the change
// signal reports a committed write, see change-signal.ts) starts a new one. An answer whose
// rendering began before a change is stored under the old generation and so never served
// after it. Entries also expire after `ttlMs`, since a few pages depend on today's date,
// and expired ones are swept out even if nobody asks for them again.
//
// Memory: `maxBytes` bounds everything an entry holds — its key, its headers, its body and
// room for the compressed copies made later — so that many small answers under long keys
// (a crawler's, or an attacker's, endless query strings) stay within it as well as a few
// large pages do.
import { LRUCache } from "lru-cache";
import type { StoredResponse } from "./stored-response";

type Entry = { generation: number; response: StoredResponse };

export type Lookup = { response: StoredResponse; hit: boolean };

/** Renders the answer; `store: false` for one that must not be shared later (still given to those waiting for it). */
export type Fill = () => Promise<{ response: StoredResponse; store: boolean }>;

export class ResponseCache {
  private generation = 0;
  private readonly entries: LRUCache<string, Entry>;
  // One rendering per key and generation, however many readers ask at once.
  private readonly inFlight = new Map<string, Promise<StoredResponse>>();

  constructor({ maxBytes = 128 * 1024 * 1024, ttlMs = 60_000 }: { maxBytes?: number; ttlMs?: number } = {}) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      maxEntrySize: maxBytes,
      sizeCalculation: (entry, key) => entryBytes(key, entry.response),
      ttl: ttlMs,
    });
    // One sweep per lifetime rather than a timer per entry.
    setInterval(() => this.entries.purgeStale(), ttlMs).unref();
  }

  invalidate() {
    this.generation += 1;
    this.entries.clear();
  }

  async get(key: string, fill: Fill): Promise<Lookup> {
    const generation = this.generation;
    const entry = this.entries.get(key);
    if (entry && entry.generation === generation) return { response: entry.response, hit: true };

    const flightKey = `${generation} ${key}`;
    let pending = this.inFlight.get(flightKey);
    if (!pending) {
      pending = fill()
        .then(({ response, store }) => {
          if (store && generation === this.generation) this.entries.set(key, { generation, response });
          return response;
        })
        .finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, pending);
    }
    return { response: await pending, hit: false };
  }

  get size(): number {
    return this.entries.size;
  }

  /** The bytes the entries are counted as holding (at most `maxBytes`). */
  get bytes(): number {
    return this.entries.calculatedSize;
  }
}

// Objects, Map and LRU bookkeeping per entry and per header, measured roughly with
// --expose-gc on Node 20; generous rather than exact.
const ENTRY_OVERHEAD = 1024;
const HEADER_OVERHEAD = 64;

/** What one entry costs: key and header strings at two bytes a character, the body, and as much again for compressed copies. */
export function entryBytes(key: string, response: StoredResponse): number {
  let headers = 0;
  for (const [name, value] of response.headers) headers += HEADER_OVERHEAD + 2 * (name.length + value.length);
  const pieces = response.nonced ? response.nonced.pieces.length * HEADER_OVERHEAD + 2 * response.nonced.nonce.length : 0;
  return ENTRY_OVERHEAD + 2 * key.length + headers + pieces + 2 * response.body.length;
}
