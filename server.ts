// Parley's production server: Next.js behind the response cache (lib/cache). Started by
// `npm run serve` and `npm start`; the end-to-end tests and the benchmark start it too.
//   PORT (default 3000), DATABASE_URL as everywhere,
//   PARLEY_HOST (default 0.0.0.0; not HOSTNAME, which containers set to the machine's name),
//   PARLEY_CACHE=off to answer every request from Next.js directly.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { cachedHandler } from "./lib/cache/cached-handler";
import { watchChanges, type ChangeSignal } from "./lib/cache/change-signal";
import { ResponseCache } from "./lib/cache/response-cache";
import { databaseUrl } from "./lib/db/engine";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.PARLEY_HOST ?? "0.0.0.0";
const useCache = process.env.PARLEY_CACHE !== "off";

const app = next({ dev: false, hostname, port });
await app.prepare();

let cache: ResponseCache | null = null;
let signal: ChangeSignal | null = null;
if (useCache) {
  cache = new ResponseCache();
  const cacheRef = cache;
  try {
    signal = await watchChanges(databaseUrl(), () => cacheRef.invalidate());
  } catch (error) {
    // Without a change signal a cache could serve stale pages: run without one.
    console.warn(`Response cache off: cannot watch the database for changes (${(error as Error).message})`);
    cache = null;
  }
}

const server = createServer();
server.on(
  "request",
  cachedHandler({ handle: app.getRequestHandler(), cache, signal, address: () => server.address() as AddressInfo }),
);
server.listen(port, hostname, () => {
  console.log(`Parley ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${cache ? "" : " (response cache off)"}`);
});

for (const event of ["SIGINT", "SIGTERM"] as const) {
  process.on(event, () => {
    server.close();
    void Promise.resolve(signal?.close()).finally(() => process.exit(0));
  });
}
