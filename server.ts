// Parley's production server: Next.js behind the server's edge and the response cache
// (lib/cache). Started by `npm run serve` and `npm start`; the end-to-end tests and the
// benchmark start it too. Its settings (PORT, PARLEY_HOST — not HOSTNAME, which containers
// set to the machine's name —, PARLEY_CACHE, PARLEY_TRUSTED_PROXIES…) are checked here,
// once, by lib/config/env.ts; the README's Configuration table lists them. GET /health
// answers load balancers (lib/operations/health.ts); requests Next.js cannot take (TRACE,
// a malformed address) are refused at once (lib/http/refuse-at-edge.ts); SIGTERM stops the server gracefully
// (lib/operations/graceful-shutdown.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { cachedHandler } from "./lib/cache/cached-handler";
import { dependenciesOf } from "./lib/cache/dependencies";
import { watchChanges, type ChangeSignal } from "./lib/cache/change-signal";
import { ResponseCache } from "./lib/cache/response-cache";
import { peerRenderings, peersInUse, type PeerRenderings } from "./lib/cache/peer-renderings";
import { countRecordChanges, recordsChanged } from "./lib/export/record-changes";
import { env } from "./lib/config/env";
import { db } from "./lib/db/client";
import { databaseUrl, engineFor } from "./lib/db/engine";
import { shutDownGracefully } from "./lib/operations/graceful-shutdown";
import { healthCheck } from "./lib/operations/health";
import { answerRefusedAtEdge } from "./lib/http/refuse-at-edge";

function checkedSettings() {
  try {
    engineFor(databaseUrl());
    return env();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

const settings = checkedSettings();
const port = settings.PORT;
const hostname = settings.PARLEY_HOST;
const useCache = settings.PARLEY_CACHE === "on";

const app = next({ dev: false, hostname, port });
await app.prepare();

// The change signal tells this process when any process commits a change to the records,
// and what it touched: the response cache then drops the answers that depend on it, and
// export downloads stop sharing readings made before it (lib/export/export-downloads.ts).
// The instances of a deployment ask each other for the pages a save made stale, if told of
// each other (PARLEY_PEERS) and they can: on PostgreSQL, whose change notifications name
// their transactions, with the stale window on (lib/cache/peer-renderings.ts).
const peerUse = peersInUse(settings, engineFor(databaseUrl()));
if (peerUse && "unused" in peerUse) console.warn(`PARLEY_PEERS is set, but this instance renders every page itself: ${peerUse.unused}`);
const peers: PeerRenderings | undefined = peerUse && "use" in peerUse ? peerRenderings(peerUse.use) : undefined;
let cache: ResponseCache | null = useCache
  ? new ResponseCache({ maxBytes: settings.PARLEY_CACHE_MAX_MB * 1024 * 1024, staleMs: settings.PARLEY_CACHE_STALE_MS, shared: peers })
  : null;
let signal: ChangeSignal | null = null;
let stopCountingChanges: (() => void) | null = null;
try {
  const cacheRef = cache;
  signal = await watchChanges(databaseUrl(), (scope, transaction) => {
    cacheRef?.invalidate(scope, transaction);
    recordsChanged();
  });
  stopCountingChanges = countRecordChanges();
} catch (error) {
  // Without a change signal a cache could serve stale pages: run without one, and let every
  // export download read the database afresh.
  console.warn(`Cannot watch the database for changes (${(error as Error).message}): response cache off, export downloads not shared`);
  cache = null;
}

const health = healthCheck(() => db.$queryRawUnsafe("SELECT 1"));
const handle = cachedHandler({
  handle: app.getRequestHandler(),
  cache,
  signal,
  address: () => server.address() as AddressInfo,
  trustedProxies: settings.PARLEY_TRUSTED_PROXIES.blockList,
  dependencies: (url) => dependenciesOf(url),
  peers,
});
const server = createServer((request, response) => {
  if (!health.answer(request, response) && !answerRefusedAtEdge(request, response)) void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`Parley ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${cache ? "" : " (response cache off)"}`);
});

shutDownGracefully({
  server,
  onDrain: health.drain,
  cleanUp: async () => {
    stopCountingChanges?.();
    await Promise.allSettled([signal?.close(), peers?.close(), db.$disconnect()]);
  },
  timeoutMs: settings.PARLEY_SHUTDOWN_TIMEOUT_S * 1000,
});
