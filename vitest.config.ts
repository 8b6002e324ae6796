import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // Domain modules are marked server-only for Next.js; under Vitest they run in Node anyway.
      "server-only": path.join(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx", "tests/integration/**/*.test.ts"],
    environment: "node",
    env: {
      // The API tests call route handlers with requests for parley.test (tests/integration/api-support.ts).
      PARLEY_ALLOWED_HOSTS: "localhost, 127.0.0.1, parley.test",
      // Passwords hashed at the lowest cost scrypt accepts here, not OWASP's 128 MiB: the
      // suites test what signing in does, and hashed some hundred passwords per engine, a
      // minute of CPU. Only Vitest may lower it (lib/auth/password-hash.ts); the tests of
      // hashing itself run at the production parameters.
      PARLEY_TEST_SCRYPT_LN: "10",
    },
    // Security events' log lines (lib/auth/security-events.ts) are checked where they are
    // tested, not printed by every test that signs in.
    onConsoleLog: (log) => !log.startsWith('{"time":'),
    // Each test file in a worker thread of its own rather than a child process: a thread
    // starts in less time, which cut the unit tests by a fifth and each engine's integration
    // tests by twenty seconds. Each still has its own copy of process.env, which
    // tests/support/own-database.ts changes.
    pool: "threads",
    // Integration tests share one database per engine: run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
