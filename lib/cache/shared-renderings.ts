// Renderings shared by the instances of one deployment through PostgreSQL. A save makes the
// same dozen pages stale in every instance's cache (response-cache.ts); without this, each
// instance renders each of them again, so three instances spend three times the CPU a save
// needs, on the same machines their readers are waiting on. With it, one instance renders a
// page and keeps the rendering in the database (table "parley_cache"."Rendering", see its
// migration); the others take it from there.
//
// Freshness, without a counter that writers would queue on: a rendering is labelled with the
// database snapshot taken when it was claimed, before its first query, so it shows at least
// every transaction that snapshot sees. An instance takes a rendering only if that snapshot
// sees every change the instance has been told of: each announced change's transaction, whose
// id comes with its notification (lib/revisions/announce-change.ts), and, for those that came
// without one (a script's write, a lost connection), a snapshot of its own — the floor — taken
// after the notification, so after the change committed. A rendering begun before a change
// this instance knows of is never taken, and one begun after it always can be. (A snapshot
// spans the whole PostgreSQL server; the transaction ids keep other databases' writes, and
// readers' sign-ins, from making every claim look too old.) The ids since the floor are
// folded into a new floor once a rendering old enough to need them would be refused anyway.
//
// Claims: the first instance to ask for a page that has no acceptable rendering claims it
// for `LEASE_MS` and renders it; the others meanwhile give their readers the stale answer (the
// cache's stale window) and ask again when the claimant notifies that it has stored its
// rendering, or after `RECHECK_MS` (asking on a timer alone, a dozen pages each asked for
// every few milliseconds queued up on the instance's connections behind one another). A
// claim whose snapshot is too old for an instance, or whose claimant has died, is taken over.
// Whatever goes wrong with the database, an instance renders the page itself, as it would
// without sharing.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import type { Fill } from "./stored-response";
import { responseFromBytes, responseToBytes } from "./stored-response-bytes";

/** How long a claimant has to store its rendering before another instance takes the claim over. */
const LEASE_MS = 1_500;
/** How long an instance waiting for another's rendering waits for word of it before asking again. */
const RECHECK_MS = 250;
/** The channel a claimant notifies when it has stored or given up its claim; the payload is `keyTag(key)`. */
const RENDERED_CHANNEL = "parley_renderings";

export type SharedRenderings = {
  /**
   * To be called on every change this process is told of, before its cache acts on it, with
   * the id of the transaction that made it if the notification names one.
   */
  changed(transaction?: string): void;
  /** The answer at `key`, rendered by any instance since every change this process knows of; rendered here (and shared) if none is. */
  fill(key: string, fill: Fill): Promise<Awaited<ReturnType<Fill>>>;
  close(): Promise<void>;
};

const BYTEA = 17;
// The rendering comes back as raw bytes rather than hexadecimal text twice its size.
const rawBytea = {
  getTypeParser: (oid: number, format?: string) =>
    oid === BYTEA && format === "binary" ? (value: Buffer) => value : pg.types.getTypeParser(oid, format as "text"),
};

// One statement per question, so that no transaction is held across a rendering. "found": a
// rendering acceptable here. "awaited": another instance's live claim whose rendering will be
// acceptable here, so we wait for it. Neither: we claim the page, unless another instance did
// so since this statement's snapshot was taken and its claim is of use here (ON CONFLICT sees
// the row as it is now); the claim is tried only then, as it locks the row.
const seesOurChanges = (snapshot: string) =>
  `"parley_cache"."sees_all_of"(${snapshot}, $2::pg_snapshot) AND "parley_cache"."sees_each_of"(${snapshot}, $6::xid8[])`;
const isFresh = (claimedAt: string) => `${claimedAt} > now() - make_interval(secs => $5::float8 / 1000)`;
const TAKE_OR_CLAIM = `
WITH "held" AS (
  SELECT "response", "leaseUntil", "claimedAt", "snapshot" FROM "parley_cache"."Rendering" WHERE "key" = $1
), "found" AS (
  SELECT "response" FROM "held"
  WHERE "response" IS NOT NULL AND ${isFresh(`"claimedAt"`)} AND ${seesOurChanges(`"snapshot"`)}
    -- Not from the future: a row restored from another cluster's backup.
    AND "parley_cache"."sees_all_of"(pg_current_snapshot(), "snapshot")
), "awaited" AS (
  SELECT 1 FROM "held" WHERE "response" IS NULL AND "leaseUntil" > now() AND ${seesOurChanges(`"snapshot"`)}
), "claimed" AS (
  INSERT INTO "parley_cache"."Rendering" AS "row" ("key", "claim", "snapshot", "claimedAt", "leaseUntil")
  SELECT $1, $3, pg_current_snapshot(), now(), now() + make_interval(secs => $4::float8 / 1000)
  WHERE NOT EXISTS (SELECT 1 FROM "found") AND NOT EXISTS (SELECT 1 FROM "awaited")
  ON CONFLICT ("key") DO UPDATE
    SET "claim" = excluded."claim", "snapshot" = excluded."snapshot", "claimedAt" = excluded."claimedAt",
        "leaseUntil" = excluded."leaseUntil", "response" = NULL
    WHERE NOT (${seesOurChanges(`"row"."snapshot"`)} AND CASE
      WHEN "row"."response" IS NULL THEN "row"."leaseUntil" > now()
      ELSE ${isFresh(`"row"."claimedAt"`)} END)
  RETURNING 1
)
SELECT (SELECT "response" FROM "found") AS "response", EXISTS (SELECT 1 FROM "claimed") AS "claimed"`;

const STORE = `WITH "stored" AS (UPDATE "parley_cache"."Rendering" SET "response" = $3 WHERE "key" = $1 AND "claim" = $2 RETURNING 1)
SELECT pg_notify('${RENDERED_CHANNEL}', $4) FROM "stored"`;
const RELEASE = `WITH "released" AS (DELETE FROM "parley_cache"."Rendering" WHERE "key" = $1 AND "claim" = $2 AND "response" IS NULL RETURNING 1)
SELECT pg_notify('${RENDERED_CHANNEL}', $3) FROM "released"`;

// Renderings nobody has claimed for a while: pages no longer read, or keys read once.
const PRUNE = `DELETE FROM "parley_cache"."Rendering" WHERE "leaseUntil" < now() - make_interval(secs => $1::float8 / 1000)`;

/** A key short enough for a notification's payload, whatever the key's length. */
const keyTag = (key: string) => createHash("sha256").update(key).digest("base64url").slice(0, 22);

/**
 * Shares this process's renderings through the database at `url`. `maxAgeMs`: how old a
 * rendering may be and still be taken, as far as the date alone goes (some pages show
 * today's date); changes are the floor's concern.
 */
export function shareRenderings(url: string, { maxAgeMs, poolSize = 2 }: { maxAgeMs: number; poolSize?: number }): SharedRenderings {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that breaks is replaced on the next query.
  pool.on("error", () => undefined);
  let warned = false;
  const warnOnce = (error: unknown) => {
    if (warned) return;
    warned = true;
    console.warn(`Renderings not shared through the database, each rendered here (${(error as Error).message})`);
  };

  const readFloor = async (): Promise<string | null> => {
    try {
      const { rows } = await pool.query<{ snapshot: string }>(`SELECT pg_current_snapshot()::text AS "snapshot"`);
      return rows[0]?.snapshot ?? null;
    } catch (error) {
      warnOnce(error);
      return null;
    }
  };
  // The floor: null when it could not be read, and then every page is rendered here.
  let floor = readFloor();
  // Ids of the announced changes since (some perhaps from before) the floor was read.
  const transactions = new Set<string>();
  const raiseFloor = () => {
    const folded = [...transactions];
    floor = readFloor().then((snapshot) => {
      // Those told of before it was read are visible in it; those since may not be.
      if (snapshot !== null) for (const id of folded) transactions.delete(id);
      return snapshot;
    });
  };
  const timers = [
    setInterval(() => transactions.size > 0 && raiseFloor(), maxAgeMs),
    setInterval(() => void pool.query(PRUNE, [maxAgeMs]).catch(() => undefined), maxAgeMs),
  ];
  timers.forEach((timer) => timer.unref());

  // Waiters for word of a key's rendering, by its tag.
  const waiters = new Map<string, Set<() => void>>();
  const listener = listenForRenderings(url, (tag) => {
    waiters.get(tag)?.forEach((wake) => wake());
    waiters.delete(tag);
  });
  /** Resolves on word of the key's rendering or after RECHECK_MS; set before asking, so that no word is missed. */
  const wordOf = (tag: string) => {
    let wake!: () => void;
    const word = new Promise<void>((resolve) => (wake = resolve));
    const timer = setTimeout(wake, RECHECK_MS);
    waiters.set(tag, (waiters.get(tag) ?? new Set()).add(wake));
    return {
      word,
      forget: () => {
        clearTimeout(timer);
        const waiting = waiters.get(tag);
        waiting?.delete(wake);
        // Else an empty set per key ever waited for would stay.
        if (waiting?.size === 0) waiters.delete(tag);
      },
    };
  };

  const takeOrClaim = async (key: string, floorSnapshot: string, claim: string, since: string[]) => {
    // `binary` is an option the driver takes that its type declarations leave out.
    const query: pg.QueryConfig & { binary: boolean } = {
      text: TAKE_OR_CLAIM,
      values: [key, floorSnapshot, claim, LEASE_MS, maxAgeMs, since],
      binary: true,
      types: rawBytea,
    };
    const { rows } = await pool.query<{ response: Buffer | null; claimed: boolean }>(query);
    return rows[0]!;
  };

  const renderAndShare = async (key: string, claim: string, fill: Fill) => {
    let result;
    try {
      result = await fill();
    } catch (error) {
      void pool.query(RELEASE, [key, claim, keyTag(key)]).catch(() => undefined);
      throw error;
    }
    // Others are waiting for it: store it, or let them render it themselves at once.
    const shared = result.store
      ? pool.query(STORE, [key, claim, responseToBytes(result.response), keyTag(key)])
      : pool.query(RELEASE, [key, claim, keyTag(key)]);
    void shared.catch(warnOnce);
    return result;
  };

  return {
    changed(transaction) {
      if (transaction === undefined) raiseFloor();
      else transactions.add(transaction);
    },

    async fill(key, fill) {
      const floorSnapshot = await floor;
      if (floorSnapshot === null) return fill();
      const since = [...transactions];
      const claim = randomBytes(12).toString("base64url");
      // A safety net: an expired claim is taken over by the statement itself.
      const giveUpAt = Date.now() + 2 * LEASE_MS;
      const tag = keyTag(key);
      for (;;) {
        const { word, forget } = wordOf(tag);
        let answer, taken;
        try {
          answer = await takeOrClaim(key, floorSnapshot, claim, since);
          taken = answer.response && responseFromBytes(answer.response);
          if (!taken && !answer.claimed && Date.now() <= giveUpAt) await word;
        } catch (error) {
          warnOnce(error);
          return fill();
        } finally {
          forget();
        }
        if (taken) return { response: taken, store: true };
        if (answer.claimed) return renderAndShare(key, claim, fill);
        if (Date.now() > giveUpAt) return fill();
      }
    },

    async close() {
      timers.forEach((timer) => clearInterval(timer));
      await Promise.all([listener.close(), pool.end()]);
    },
  };
}

/** Listens on RENDERED_CHANNEL on a connection of its own, reconnecting when it drops (waiters then fall back on RECHECK_MS). */
function listenForRenderings(url: string, onWord: (tag: string) => void): { close(): Promise<void> } {
  let client: pg.Client | undefined;
  let closed = false;
  const connect = async () => {
    // A reconnection due after close() would otherwise open a connection nobody ends.
    if (closed) return;
    const next = new pg.Client({ connectionString: url });
    next.on("notification", ({ payload }) => payload && onWord(payload));
    next.on("error", () => undefined); // followed by "end"
    next.on("end", () => {
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 500).unref();
    });
    client = next;
    await next.connect();
    await next.query(`LISTEN ${RENDERED_CHANNEL}`);
  };
  void connect().catch(() => undefined);
  return {
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
