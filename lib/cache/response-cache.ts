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
// worst).
//
// Age: a few pages depend on today's date, so an entry is rendered again once it is `ttlMs`
// old (less a random fifth, so that pages rendered together are not all rendered again at
// the same moment). No change is involved, so readers meanwhile get the entry they have
// while one fresh rendering runs behind them, as within the stale window below; an entry
// nobody asked for in twice `ttlMs` is swept out.
//
// Stale while refreshing (`staleMs`, PARLEY_CACHE_STALE_MS; off unless set): a change then
// marks the entries it overlaps stale instead of dropping them. For `staleMs` after that, a
// reader of a stale entry gets it at once while one rendering of the fresh answer starts
// behind it; after `staleMs`, readers wait for the fresh one as they do with the setting off.
// So during a burst of edits no reader waits on a re-rendering, and none is shown an answer
// more than `staleMs` (plus the signal's delay) older than the change. Signed-in editors are
// never answered from the cache, so they always see their own saves at once.
//
// Shared renderings (`shared`, with the stale window on: peer-renderings.ts): an entry a change
// made stale is rendered again by one instance of the deployment, whose rendering the others
// take, rather than by every instance. Entries rendered for the first time, or again for their
// age, are rendered here: the first may be a crawler's address read once, and the second is
// spread out in time already.
//
// Memory: `maxBytes` bounds everything an entry holds — its key, its headers, its body and
// room for the compressed copies made later — so that many small answers under long keys
// (a crawler's, or an attacker's, endless query strings) stay within it as well as a few
// large pages do.
import { LRUCache } from "lru-cache";
import { EVERYTHING, overlaps, type Scope } from "./change-scope";
import { RenderPriority } from "./render-priority";
import type { Fill, StoredResponse } from "./stored-response";

/** How the instances of a deployment share the renderings a change makes due (peer-renderings.ts). */
export type SharedRenderings = {
  /**
   * To be called on every change this process is told of, before its cache acts on it, with
   * the id of the transaction that made it if the notification names one.
   */
  changed(transaction?: string): void;
  /** The answer at `key`, rendered by some instance since every change this process knows of: here with `fill`, if need be. */
  fill(key: string, fill: Fill): Promise<Awaited<ReturnType<Fill>>>;
  close(): Promise<void>;
};

type Entry = {
  dependencies: Scope;
  response: StoredResponse;
  /** When its age alone makes it due for a fresh rendering (Date.now()). */
  refreshAt: number;
  /** When a change made it stale (Date.now()). */
  staleSince?: number;
};

/** `stale`: a hit on an answer a change (or its age) made stale, given while its fresh rendering is under way. */
export type Lookup = { response: StoredResponse; hit: boolean; stale?: boolean };


/** What an answer depends on; "everything" when left out. */
export type Dependencies = () => Promise<Scope>;

type Flight = { since: number; dependencies?: Scope; answer?: Promise<StoredResponse> };

// Changes remembered for renderings still under way; one that began before the oldest of
// them is not stored (a few hundred changes during one rendering means a script is writing).
const REMEMBERED_CHANGES = 256;
/** How much earlier than `ttlMs` an entry may be rendered again, as a share of it. */
const REFRESH_SPREAD = 0.2;
// How long a hit may wait for this process's renderings of answers a change made stale
// (render-priority.ts). Measured with the news-spike benchmark (bench/spike/ANALYSIS.md): 50 ms
// left renderings too slow, 150 and 200 ms held hits longer for no better tail.
const HIT_WAIT_MS = 100;

export class ResponseCache {
  /** The number of changes seen so far. */
  private changes = 0;
  private readonly recent: Array<{ number: number; scope: Scope }> = [];
  private readonly entries: LRUCache<string, Entry>;
  // One rendering per key at a time, however many readers ask at once; a change that may
  // alter it lets the next reader start another.
  private readonly inFlight = new Map<string, Flight>();

  private readonly staleMs: number;
  private readonly ttlMs: number;
  private readonly shared?: SharedRenderings;
  // Renderings of answers a change made stale go before hits: their readers are waiting on
  // them once the stale window is over. A first rendering (a crawler's address, say) or one
  // due by age does not hold hits up.
  private readonly priority = new RenderPriority(HIT_WAIT_MS);

  constructor({
    maxBytes = 128 * 1024 * 1024,
    ttlMs = 60_000,
    staleMs = 0,
    shared,
  }: { maxBytes?: number; ttlMs?: number; staleMs?: number; shared?: SharedRenderings } = {}) {
    this.staleMs = staleMs;
    this.ttlMs = ttlMs;
    this.shared = shared;
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      maxEntrySize: maxBytes,
      sizeCalculation: (entry, key) => entryBytes(key, entry.response),
      // Its refresh is due after at most `ttlMs`; a reader in the next `ttlMs` still gets it while that runs.
      ttl: 2 * ttlMs,
    });
    // One sweep per lifetime rather than a timer per entry.
    setInterval(() => this.entries.purgeStale(), ttlMs).unref();
  }

  /**
   * Drops the answers a change of `scope` can have altered: all of them when the scope is
   * unknown. `transaction`: the change's PostgreSQL transaction id, if the signal knows it.
   */
  invalidate(scope: Scope = EVERYTHING, transaction?: string) {
    // First, so that no rendering begun from here on takes another instance's from before it.
    this.shared?.changed(transaction);
    this.changes += 1;
    this.recent.push({ number: this.changes, scope });
    if (this.recent.length > REMEMBERED_CHANGES) this.recent.shift();
    if (this.staleMs > 0) {
      const now = Date.now();
      // In place: marking an entry is not using it, so its place in the LRU order and its expiry stay.
      for (const entry of this.entries.values()) if (scope.everything || overlaps(scope, entry.dependencies)) entry.staleSince ??= now;
    } else if (scope.everything) {
      this.entries.clear();
    } else {
      const dropped = [...this.entries.entries()].filter(([, entry]) => overlaps(scope, entry.dependencies)).map(([key]) => key);
      for (const key of dropped) this.entries.delete(key);
    }
    if (scope.everything) {
      this.inFlight.clear();
      return;
    }
    for (const [key, flight] of this.inFlight) {
      if (!flight.dependencies || overlaps(scope, flight.dependencies)) this.inFlight.delete(key);
    }
  }

  async get(key: string, fill: Fill, dependencies: Dependencies = async () => EVERYTHING): Promise<Lookup> {
    const entry = this.entries.get(key);
    const now = Date.now();
    if (entry && entry.staleSince === undefined && now < entry.refreshAt) return { response: entry.response, hit: true };
    const flight = this.flight(key, this.changedSinceRendered(entry) ? this.rerendering(key, fill) : fill, dependencies);
    // Made stale by its age alone: until it is swept. By a change: within the stale window.
    if (entry && (entry.staleSince === undefined || now - entry.staleSince <= this.staleMs)) {
      // A failed refresh leaves the stale answer for the rest of its window; the next reader tries again.
      flight.catch(() => undefined);
      return { response: entry.response, hit: true, stale: true };
    }
    return { response: await flight, hit: false };
  }

  /**
   * The answer at `key` that no change this process knows of has made stale: the entry if
   * none has, or else the rendering under way or a new one (for another instance that asks
   * for this one's rendering, peer-renderings.ts). An entry due by its age alone is given.
   */
  async fresh(key: string, fill: Fill, dependencies: Dependencies = async () => EVERYTHING): Promise<StoredResponse> {
    const entry = this.entries.get(key);
    if (entry && !this.changedSinceRendered(entry)) return entry.response;
    return this.flight(key, entry ? () => this.priority.rendered(fill) : fill, dependencies);
  }

  /** Resolves when a hit may be answered: at once, unless this process is rendering again answers a change made stale. */
  turn(): Promise<void> | undefined {
    return this.priority.turn();
  }

  private changedSinceRendered(entry: Entry | undefined): boolean {
    return entry?.staleSince !== undefined;
  }

  /** A fill for an answer a change made stale: shared with the other instances if they share, and before hits when rendered here. */
  private rerendering(key: string, fill: Fill): Fill {
    const here = () => this.priority.rendered(fill);
    return this.shared ? () => this.shared!.fill(key, here) : here;
  }

  /** The rendering of `key` under way, or a new one. */
  private flight(key: string, fill: Fill, dependencies: Dependencies): Promise<StoredResponse> {
    const running = this.inFlight.get(key);
    if (running) return running.answer!;
    const started: Flight = { since: this.changes };
    started.answer = this.render(key, started, fill, dependencies).finally(() => {
      if (this.inFlight.get(key) === started) this.inFlight.delete(key);
    });
    this.inFlight.set(key, started);
    return started.answer;
  }

  private async render(key: string, flight: Flight, fill: Fill, dependencies: Dependencies): Promise<StoredResponse> {
    // Both at once: the rendering is what takes time.
    const [known, { response, store }] = await Promise.all([dependencies().then((found) => (flight.dependencies = found)), fill()]);
    if (!this.changedSince(flight.since, known)) {
      if (store) this.entries.set(key, { dependencies: known, response, refreshAt: Date.now() + this.ttlMs * (1 - REFRESH_SPREAD * Math.random()) });
      // What is there now may not be kept (a retracted record's page, say): nor may what was.
      else this.entries.delete(key);
    }
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
