// Answers to anonymous reads, kept in memory until the records change. Pages are rendered
// per request (the Content-Security-Policy carries a nonce), which costs milliseconds of
// database reads and React rendering; a burst of readers asking for the same page gets the
// bytes rendered for the first of them instead.
//
// Freshness: a change the signal reports (change-signal.ts) comes with its scope: the
// negotiations and records it touched (change-scope.ts). Each entry keeps what its answer
// depends on, resolved from its address when it was rendered (dependencies.ts), and a change
// drops only the entries it overlaps. An answer whose rendering began before a change that
// overlaps it is never stored: every change is numbered, the last few are remembered, and a
// rendering checks those made since it began (or, when they are forgotten, assumes the
// worst). Entries also expire after `ttlMs`, since a few pages depend on today's date, and
// expired ones are swept out even if nobody asks for them again.
//
// Memory: `maxBytes` bounds everything an entry holds — its key, its headers, its body and
// room for the compressed copies made later — so that many small answers under long keys
// (a crawler's, or an attacker's, endless query strings) stay within it as well as a few
// large pages do.
import { LRUCache } from "lru-cache";
import { EVERYTHING, overlaps, type Scope } from "./change-scope";
import type { StoredResponse } from "./stored-response";

type Entry = { dependencies: Scope; response: StoredResponse };

export type Lookup = { response: StoredResponse; hit: boolean };

/** Renders the answer; `store: false` for one that must not be shared later (still given to those waiting for it). */
export type Fill = () => Promise<{ response: StoredResponse; store: boolean }>;

/** What an answer depends on; "everything" when left out. */
export type Dependencies = () => Promise<Scope>;

type Flight = { since: number; dependencies?: Scope; answer?: Promise<StoredResponse> };

// Changes remembered for renderings still under way; one that began before the oldest of
// them is not stored (a few hundred changes during one rendering means a script is writing).
const REMEMBERED_CHANGES = 256;

export class ResponseCache {
  /** The number of changes seen so far. */
  private changes = 0;
  private readonly recent: Array<{ number: number; scope: Scope }> = [];
  private readonly entries: LRUCache<string, Entry>;
  // One rendering per key at a time, however many readers ask at once; a change that may
  // alter it lets the next reader start another.
  private readonly inFlight = new Map<string, Flight>();

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

  /** Drops the answers a change of `scope` can have altered: all of them when the scope is unknown. */
  invalidate(scope: Scope = EVERYTHING) {
    this.changes += 1;
    this.recent.push({ number: this.changes, scope });
    if (this.recent.length > REMEMBERED_CHANGES) this.recent.shift();
    if (scope.everything) {
      this.entries.clear();
      this.inFlight.clear();
      return;
    }
    const dropped = [...this.entries.entries()].filter(([, entry]) => overlaps(scope, entry.dependencies)).map(([key]) => key);
    for (const key of dropped) this.entries.delete(key);
    for (const [key, flight] of this.inFlight) {
      if (!flight.dependencies || overlaps(scope, flight.dependencies)) this.inFlight.delete(key);
    }
  }

  async get(key: string, fill: Fill, dependencies: Dependencies = async () => EVERYTHING): Promise<Lookup> {
    const entry = this.entries.get(key);
    if (entry) return { response: entry.response, hit: true };

    let flight = this.inFlight.get(key);
    if (!flight) {
      const started: Flight = { since: this.changes };
      started.answer = this.render(key, started, fill, dependencies).finally(() => {
        if (this.inFlight.get(key) === started) this.inFlight.delete(key);
      });
      this.inFlight.set(key, started);
      flight = started;
    }
    return { response: await flight.answer!, hit: false };
  }

  private async render(key: string, flight: Flight, fill: Fill, dependencies: Dependencies): Promise<StoredResponse> {
    // Both at once: the rendering is what takes time.
    const [known, { response, store }] = await Promise.all([dependencies().then((found) => (flight.dependencies = found)), fill()]);
    if (store && !this.changedSince(flight.since, known)) this.entries.set(key, { dependencies: known, response });
    return response;
  }

  /** Whether a change after the `since`-th may have altered an answer depending on `dependencies`. */
  private changedSince(since: number, dependencies: Scope): boolean {
    if (since === this.changes) return false;
    const oldest = this.recent[0]?.number ?? Infinity;
    if (oldest > since + 1) return true;
    return this.recent.some((change) => change.number > since && overlaps(change.scope, dependencies));
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
