// Tells this process when another process (or this one) has committed a change to the
// records, and what the change touched (change-scope.ts), so that the cached pages it may
// have altered can be dropped. The database is the only thing all Parley processes share,
// so the signal comes from it (see the change_stamp and change_scope migrations):
// - SQLite: triggers bump ChangeStamp.version; we read it every `pollMs` (a one-row read
//   costs microseconds) and after every write request this process served. The write path
//   (lib/revisions/announce-change.ts) records in ChangeScope which bumps its transaction
//   made and what they touched; bumps no ChangeScope row accounts for changed "everything".
// - PostgreSQL: triggers NOTIFY "parley_changes" on commit; we LISTEN on our own connection.
//   The write path marks its transaction (the triggers' notifications then say "scoped")
//   and notifies the scope itself, with its transaction's id; an unmarked write's
//   notification is empty: "everything".
//   If the connection drops we cannot know what we missed, so we report "everything" and
//   reconnect.
import Database from "better-sqlite3";
import pg from "pg";
import { engineFor } from "../db/engine";
import { CHANGE_CHANNEL, decodeScope, decodeTransaction, EVERYTHING, SCOPED_MARK, unionOf, type Scope } from "./change-scope";


export type ChangeSignal = {
  /** Look for a change now instead of waiting for the next poll (SQLite; no-op on PostgreSQL). */
  checkNow(): void;
  close(): Promise<void>;
};


/** `transaction`: on PostgreSQL, the id of the transaction that made an announced change. */
export type OnChange = (scope: Scope, transaction?: string) => void;

export async function watchChanges(url: string, onChange: OnChange, { pollMs = 100 }: { pollMs?: number } = {}): Promise<ChangeSignal> {
  return engineFor(url) === "sqlite" ? watchSqlite(url, onChange, pollMs) : watchPostgres(url, onChange);
}

type ScopeRow = { fromVersion: number; toVersion: number; scope: string };

function watchSqlite(url: string, onChange: OnChange, pollMs: number): ChangeSignal {
  const connection = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true, timeout: 1_000 });
  const readVersion = connection.prepare<[], { version: number }>(`SELECT "version" FROM "ChangeStamp" WHERE "id" = 1`);
  const readScopes = connection.prepare<[number, number], ScopeRow>(
    // By the key alone, so the read is a range seek rather than a scan of the kept rows. A
    // row is one transaction's bumps and a poll sees whole transactions, so none starts
    // before `from` and ends after it; if one did, the gap check below would answer "everything".
    `SELECT "fromVersion", "toVersion", "scope" FROM "ChangeScope" WHERE "fromVersion" >= ? AND "fromVersion" < ? ORDER BY "fromVersion"`,
  );
  let seen = readVersion.get()?.version ?? 0;

  /** What the bumps after `from` up to `to` touched: "everything" unless rows account for each of them. */
  const scopeBetween = (from: number, to: number): Scope => {
    const scopes: Scope[] = [];
    let reached = from;
    for (const row of readScopes.all(from, to)) {
      if (row.fromVersion !== reached) return EVERYTHING;
      scopes.push(decodeScope(row.scope));
      reached = row.toVersion;
    }
    return reached === to ? unionOf(scopes) : EVERYTHING;
  };

  const checkNow = () => {
    let version: number | undefined;
    let scope: Scope;
    try {
      // One read transaction, so that the version and the rows agree.
      [version, scope] = connection.transaction(() => {
        const now = readVersion.get()?.version ?? 0;
        return [now, now === seen ? EVERYTHING : scopeBetween(seen, now)] as const;
      })();
    } catch {
      // Locked by a writer for longer than the timeout: try again on the next poll.
      return;
    }
    if (version !== seen) {
      seen = version;
      onChange(scope);
    }
  };
  const timer = setInterval(checkNow, pollMs);
  timer.unref();
  return {
    checkNow,
    close: async () => {
      clearInterval(timer);
      connection.close();
    },
  };
}

async function watchPostgres(url: string, onChange: OnChange): Promise<ChangeSignal> {
  let client: pg.Client | undefined;
  let closed = false;

  const reconnectSoon = () => {
    if (!closed) setTimeout(() => void connect().catch(reconnectSoon), 500).unref();
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", ({ payload = "" }) => {
      if (payload !== SCOPED_MARK) onChange(decodeScope(payload), decodeTransaction(payload));
    });
    next.on("error", () => undefined); // followed by "end"
    await next.connect();
    next.on("end", () => {
      if (closed) return;
      onChange(EVERYTHING);
      reconnectSoon();
    });
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = next;
    // Changes made while we were not listening are unknown to us.
    onChange(EVERYTHING);
  };

  await connect();
  return {
    checkNow: () => undefined,
    close: async () => {
      closed = true;
      await client?.end();
    },
  };
}
