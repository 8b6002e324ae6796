// End-to-end tests drive Debian's Chromium against a production build of Parley.
// scripts/test.sh prepares the database (E2E_DATABASE_URL) and runs this once per engine.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const secondPort = port + 1;
const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./.tmp/e2e.db";
// Debian's headless shell (package chromium-headless-shell, which scripts/test.sh installs)
// is the browser Playwright itself runs headless: the full browser's window machinery cost
// the suite a third more CPU on a 2-core machine. CHROMIUM_PATH=/usr/bin/chromium for a
// headed run (--headed, --debug), which the shell cannot give.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

// scripts/test.sh runs these tests once per engine, to find where Parley behaves differently
// on PostgreSQL. These specs check what no engine can change, and run on SQLite only: axe's
// sweep of every page type's markup and colours (a quarter of a run's time, the API
// reference alone a minute), the API reference built from the OpenAPI document, and requests
// refused at the server's edge before any query. The seeded data is the same on both, and
// every spec that reads or writes records still runs on both.
const ENGINE_BLIND_SPECS = ["accessibility.spec.ts", "api-reference.spec.ts", "refused-at-edge.spec.ts"];
const onPostgres = !databaseUrl.startsWith("file:");

export default defineConfig({
  testDir: "tests/e2e",
  testIgnore: onPostgres ? ENGINE_BLIND_SPECS : [],
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Generous: sign-ins hash with scrypt and some tests shell out to scripts on a 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // Tracing every test, to keep the failures' traces, took a fifth of the run's CPU
    // (screencast frames and DOM snapshots at each step), and CI keeps nothing but its log.
    // There a failure leaves its error, call log and a screenshot; run it again locally,
    // where traces are kept, to step through it.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      // This machine has no network beyond localhost: keep Chromium from reaching out.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Tests tagged @mobile check a phone's screen: they run as the phone only.
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, grepInvert: /@mobile/ },
    { name: "mobile", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@mobile/ },
  ],
  // Two instances of Parley on one database, as in a deployment with more than one process:
  // cache-freshness.spec.ts edits through one and reads through the other. The first
  // believes X-Forwarded-* headers from loopback, as behind a reverse proxy on the same
  // machine (so tests can speak as that proxy); the second, like a default install, from
  // nobody.
  webServer: [port, secondPort].map((instancePort) => ({
    command: `npm start`,
    url: `http://127.0.0.1:${instancePort}`,
    env: {
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(instancePort),
      PARLEY_HOST: "127.0.0.1",
      PARLEY_TRUSTED_PROXIES: instancePort === port ? "127.0.0.1, ::1" : "",
    },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
