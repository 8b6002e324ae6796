// Operations: the health check and a graceful stop (lib/operations). Starts a Parley server
// of its own (on E2E_PORT + 2, on the test database), holds a write in flight by sending its
// body in two halves, sends SIGTERM between them, and sees the write complete, the health
// check and new connections refused meanwhile, and the process exit cleanly.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const base = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";

function startServer(): ChildProcess {
  // node itself rather than `npm start`: the signal must reach the server, not a wrapper.
  return spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port), PARLEY_HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function writeToken(): string {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "bench/lib/bench-token.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  return out.trim().split("\n").at(-1)!;
}

/** Sends a request's head and the first half of its body; `finish()` sends the rest and resolves with the raw answer. */
function halfSent(path: string, headers: Record<string, string>, body: string) {
  const socket = net.connect(port, "127.0.0.1");
  let answer = "";
  socket.on("data", (chunk) => (answer += chunk.toString()));
  const ended = new Promise<string>((resolve, reject) => {
    socket.on("end", () => resolve(answer));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
  const head = [`POST ${path} HTTP/1.1`, `host: 127.0.0.1:${port}`, `content-length: ${Buffer.byteLength(body)}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  const half = Math.floor(body.length / 2);
  socket.write(`${head.join("\r\n")}\r\n\r\n${body.slice(0, half)}`);
  return { finish: () => (socket.write(body.slice(half)), ended) };
}

test("finishes the request in flight on SIGTERM, refuses new ones, and exits 0", async ({ request }) => {
  test.setTimeout(120_000);
  const token = writeToken();
  const server = startServer();
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  let output = "";
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  try {
    await expect(async () => {
      const health = await request.get(`${base}/health`);
      expect(health.status()).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", database: "ok" });
      expect(health.headers()["cache-control"]).toBe("no-store");
    }).toPass({ timeout: 60_000, intervals: [250, 500, 1_000] });

    const title = `Shutdown drill ${Date.now()}`;
    const body = JSON.stringify({ outlet: "Test Wire", title, url: `https://example.org/drill/${Date.now()}`, publishedOn: "2025-05-16" });
    const write = halfSent("/api/v1/sources", { authorization: `Bearer ${token}`, "content-type": "application/json" }, body);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the server is reading the body now

    server.kill("SIGTERM");
    await expect(async () => expect(output).toContain("SIGTERM: finishing requests in flight")).toPass({ timeout: 10_000 });
    // No new connection is accepted while the write is finishing.
    await expect(fetch(`${base}/health`)).rejects.toThrow();

    // Resolves when the server closes the connection after answering: the client never does.
    const answer = await write.finish();
    expect(answer).toMatch(/^HTTP\/1\.1 201 /);
    expect(answer).toContain(title);
    expect(await exited).toBe(0);
    expect(output).toContain("Stopped");
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});
