import "server-only";
// Export downloads, bounded so that parallel downloads cannot exhaust the server:
// - each export is read from the database into a spool (./spool.ts) at the database's pace
//   and streamed from there at the client's: memory stays flat whatever the size, and a
//   slow client never holds a database transaction open;
// - at most EXPORT_LIMITS.generations exports are read from the database at once per
//   process, and downloads of the same export share one reading while the records have not
//   changed since it began (./record-changes.ts), so a crowd of readers costs one reading,
//   not one each;
// - at most EXPORT_LIMITS.downloads downloads stream at once per process, and
//   EXPORT_LIMITS.perAddress from one client address; beyond, the answer is an immediate
//   problem+json — 429 for the address, 503 for the server — with Retry-After.
// The counters live on globalThis, so that every bundle of the route handlers shares one
// state per process.
import { clientAddress } from "@/lib/auth/client-address";
import { AppError } from "@/lib/errors/app-error";
import { HttpError } from "@/lib/http/http-error";
import { EXPORT_LIMITS } from "./export-limits";
import { changesSeen } from "./record-changes";
import { Spool, SpoolAbandoned } from "./spool";

export { EXPORT_LIMITS };

/** Writes an export's text, piece by piece, to the function it is given. */
export type ProduceExport = (write: (text: string) => Promise<void>) => Promise<void>;

/** One reading of an export into a spool, and the count of changes it began after. */
type Reading = { changes: number | null; spool: Promise<Spool>; created?: Spool };

type State = {
  /** The reading of each export that downloads may share. */
  readings: Map<string, Reading>;
  downloads: number;
  byAddress: Map<string, number>;
  generating: number;
};

const KEY = Symbol.for("parley.export-downloads");
const state: State = ((globalThis as Record<symbol, State | undefined>)[KEY] ??= {
  readings: new Map(),
  downloads: 0,
  byAddress: new Map(),
  generating: 0,
});

/** Downloads streaming and exports being read right now, in this process. */
export function exportActivity() {
  return { downloads: state.downloads, generating: state.generating };
}

/**
 * Answers a download of the export `variant` ("reader.json"…) that `produce` writes: a
 * streamed body, or a 429/503 problem when the limits are reached. HEAD gets the headers only.
 */
export async function downloadExport(
  request: Request,
  { variant, produce, headers }: { variant: string; produce: ProduceExport; headers: (startedAt: Date) => Record<string, string> },
): Promise<Response> {
  if (request.method === "HEAD") return new Response(null, { headers: headers(new Date()) });
  const release = claimDownload(clientAddress(request.headers));
  try {
    const spool = await readingOf(variant, produce);
    const body = spool.stream(release);
    if (!isCurrent(variant, spool)) void spool.retire();
    return new Response(body, {
      headers: { ...headers(spool.startedAt), ...(spool.done ? { "content-length": String(spool.size) } : {}) },
    });
  } catch (error) {
    release();
    throw error;
  }
}

/** Counts a download against the limits, or refuses it; returns the function that ends it (once). */
function claimDownload(address: string): () => void {
  const wait = { retryAfterSeconds: EXPORT_LIMITS.retryAfterSeconds };
  if ((state.byAddress.get(address) ?? 0) >= EXPORT_LIMITS.perAddress) {
    throw new AppError("rate-limited", `You are already downloading ${EXPORT_LIMITS.perAddress} exports: let them finish, then try again`, wait);
  }
  if (state.downloads >= EXPORT_LIMITS.downloads) throw busy("Too many exports are being downloaded right now");
  state.downloads += 1;
  state.byAddress.set(address, (state.byAddress.get(address) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.downloads -= 1;
    const left = (state.byAddress.get(address) ?? 1) - 1;
    if (left > 0) state.byAddress.set(address, left);
    else state.byAddress.delete(address);
  };
}

function busy(message: string) {
  const seconds = EXPORT_LIMITS.retryAfterSeconds;
  return new HttpError(503, `${message}: try again in ${seconds} seconds`, {}, { "retry-after": String(seconds) });
}

/** The reading a download of `variant` streams: the one under way or done since the last change, or a new one. */
function readingOf(variant: string, produce: ProduceExport): Promise<Spool> {
  const held = state.readings.get(variant);
  if (held && isShareable(held)) return held.spool;
  if (held) {
    state.readings.delete(variant);
    void held.spool.then((old) => old.retire(), () => undefined);
  }
  if (state.generating >= EXPORT_LIMITS.generations) throw busy("Parley is already preparing other exports");
  state.generating += 1;
  // Registered before its file exists, so that downloads arriving meanwhile share it.
  const reading: Reading = { changes: changesSeen(), spool: Spool.create() };
  void reading.spool.then(
    (spool) => {
      reading.created = spool;
      void produce((text) => spool.write(text))
        .then(
          () => spool.end(),
          (error: Error) => {
            if (!(error instanceof SpoolAbandoned)) console.error(`The export ${variant} failed part-way; its downloads were cut off`, error);
            forget(variant, reading);
            return spool.fail(error);
          },
        )
        .finally(() => (state.generating -= 1));
    },
    () => {
      state.generating -= 1;
      forget(variant, reading);
    },
  );
  if (reading.changes !== null) state.readings.set(variant, reading);
  return reading.spool;
}

function isShareable(reading: Reading) {
  return reading.changes !== null && reading.changes === changesSeen() && !reading.created?.failed;
}

function forget(variant: string, reading: Reading) {
  if (state.readings.get(variant) === reading) state.readings.delete(variant);
}

/** Whether later downloads may still join `spool`; otherwise it closes after its last reader. */
function isCurrent(variant: string, spool: Spool) {
  const held = state.readings.get(variant);
  return held?.created === spool && isShareable(held);
}
