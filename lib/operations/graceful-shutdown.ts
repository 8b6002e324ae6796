// Stopping an instance without failing a reader: on SIGTERM (what systemd, Docker and
// Kubernetes send) or SIGINT, the health check turns 503, the server stops accepting
// connections, idle keep-alive connections are closed and busy ones once their response
// ends (checked every 100 ms), and the requests in flight finish. Then the change signal and database
// connections close and the process exits 0. If requests are still running after
// `timeoutMs`, their connections are cut and the process exits 1, so that a stuck request
// cannot hold an instance up for ever.
//
// Free of server-only imports: server.ts loads it outside Next.js.
import type { Server } from "node:http";

export function shutDownGracefully({
  server,
  onDrain,
  cleanUp,
  timeoutMs,
  log = console.log,
}: {
  server: Server;
  /** Called first: the instance stops saying it is healthy. */
  onDrain: () => void;
  /** Called once no request is in flight: close what the requests used. */
  cleanUp: () => Promise<void>;
  timeoutMs: number;
  log?: (line: string) => void;
}) {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing requests in flight (at most ${Math.round(timeoutMs / 1000)} s), then stopping`);
    onDrain();
    // Responses not begun yet say the connection closes after them.
    server.on("request", (_request, response) => response.setHeader("connection", "close"));
    const deadline = setTimeout(() => {
      log("Requests still in flight at the deadline: closing their connections");
      server.closeAllConnections();
      void cleanUp().finally(() => process.exit(1));
    }, timeoutMs);
    deadline.unref();
    // A keep-alive connection whose response was in flight turns idle when it ends: close
    // such connections as they do, so that the server can close.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearTimeout(deadline);
      clearInterval(sweep);
      void cleanUp()
        .catch((error: unknown) => log(`While stopping: ${(error as Error).message}`))
        .finally(() => {
          log("Stopped");
          process.exit(0);
        });
    });
    server.closeIdleConnections();
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stop(signal));
}
