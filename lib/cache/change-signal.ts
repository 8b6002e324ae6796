// Tells this process when another process (or this one) has committed a change to the
// records, so that cached pages can be dropped. The database is the only thing all Parley
// processes share, so the signal comes from it (see the change_stamp migrations):
// - SQLite: triggers bump ChangeStamp.version; we read it every `pollMs` (a one-row read
//   costs microseconds) and after every write request this process served.
// - PostgreSQL: triggers NOTIFY "parley_changes" on commit; we LISTEN on our own connection.
//   If that connection drops we cannot know what we missed, so we report a change and
//   reconnect.
import Database from "better-sqlite3";
import pg from "pg";
import { engineFor } from "../db/engine";

export type ChangeSignal = {
  /** Look for a change now instead of waiting for the next poll (SQLite; no-op on PostgreSQL). */
  checkNow(): void;
  close(): Promise<void>;
};

export const CHANGE_CHANNEL = "parley_changes";

export async function watchChanges(
  url: string,
  onChange: () => void,
  { pollMs = 100 }: { pollMs?: number } = {},
): Promise<ChangeSignal> {
  return engineFor(url) === "sqlite" ? watchSqlite(url, onChange, pollMs) : watchPostgres(url, onChange);
}

function watchSqlite(url: string, onChange: () => void, pollMs: number): ChangeSignal {
  const connection = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true, timeout: 1_000 });
  const read = connection.prepare<[], { version: number }>(`SELECT "version" FROM "ChangeStamp" WHERE "id" = 1`);
  let seen = read.get()?.version;
  const checkNow = () => {
    let version: number | undefined;
    try {
      version = read.get()?.version;
    } catch {
      // Locked by a writer for longer than the timeout: try again on the next poll.
      return;
    }
    if (version !== seen) {
      seen = version;
      onChange();
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

async function watchPostgres(url: string, onChange: () => void): Promise<ChangeSignal> {
  let client: pg.Client | undefined;
  let closed = false;

  const reconnectSoon = () => {
    if (!closed) setTimeout(() => void connect().catch(reconnectSoon), 500).unref();
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", () => onChange());
    next.on("error", () => undefined); // followed by "end"
    await next.connect();
    next.on("end", () => {
      if (closed) return;
      onChange();
      reconnectSoon();
    });
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = next;
    // Changes made while we were not listening are unknown to us.
    onChange();
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
