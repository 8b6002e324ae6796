// Cached reads stay fresh across instances: playwright.config.ts starts two Parley servers
// on one database. An anonymous reader's pages and API reads are cached by each; an edit
// made through the first must be what the second serves one second later, because each
// process learns of the committed write from the database (lib/cache/change-signal.ts).
// Run on both engines by scripts/test.sh: SQLite (two processes on one file) and PostgreSQL.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { makeFixture } from "./editing-fixtures";
import { signInAs } from "./support/users";

const first = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
const second = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/** Reads a URL as an anonymous reader would, twice, so that the second answer comes from the cache. */
async function readTwice(request: APIRequestContext, url: string) {
  await request.get(url);
  const answer = await request.get(url);
  expect(answer.status()).toBe(200);
  return { cache: answer.headers()["x-parley-cache"], text: await answer.text() };
}

/**
 * Reads a URL until an answer comes from the cache. Every write empties every cached page, and
 * the other worker's tests write all the time, so one of them may land between the two reads
 * of readTwice; that is the cache working, not failing. It must still settle on a hit.
 */
async function readUntilCached(request: APIRequestContext, url: string) {
  let answer = { cache: undefined as string | undefined, text: "" };
  await expect(async () => {
    answer = await readTwice(request, url);
    expect(answer.cache, `${url} is answered from the cache`).toBe("hit");
  }).toPass({ intervals: [100, 250, 500], timeout: 20_000 });
  return answer;
}

test("an edit made on one instance is served by every instance within a second", async ({ page, playwright }) => {
  const fixture = await makeFixture();
  const reader = await playwright.request.newContext(); // no cookies: an anonymous reader
  const paths = [`/positions/${fixture.positionId}`, `/api/v1/positions/${fixture.positionId}`, `/negotiations/${fixture.negotiationSlug}`];

  for (const base of [first, second]) {
    for (const path of paths) {
      const before = await readUntilCached(reader, base + path);
      expect(before.text).toContain(fixture.summary);
    }
  }

  await signInAs(page, "editor");
  const current = await page.request.get(`${first}/api/v1/positions/${fixture.positionId}`);
  const summary = `Revised after the cache test ${fixture.tag}`;
  const saved = await page.request.patch(`${first}/api/v1/positions/${fixture.positionId}`, {
    headers: { "if-match": current.headers().etag!, origin: first },
    data: { summary },
  });
  expect(saved.status()).toBe(200);
  const savedAt = Date.now();

  // Not a speed measurement: a request sent one second after the save must not be answered
  // with what was cached before it, however long the answer then takes.
  await page.waitForTimeout(Math.max(0, savedAt + 1_000 - Date.now()));
  for (const base of [second, first]) {
    for (const path of paths) {
      const after = await reader.get(base + path);
      expect(after.status()).toBe(200);
      const text = await after.text();
      expect(text, `${base}${path} shows the edit`).toContain(summary);
      expect(text).not.toContain(fixture.summary);
    }
  }
  await reader.dispose();
});

test("signed-in editors and API tokens are never answered from the cache", async ({ page, playwright }) => {
  const reader = await playwright.request.newContext();
  await readTwice(reader, `${first}/`);
  await signInAs(page, "editor");
  const signedIn = await page.request.get(`${first}/`);
  expect(signedIn.headers()["x-parley-cache"]).toBeUndefined();
  const withToken = await reader.get(`${first}/api/v1/negotiations`, { headers: { authorization: "Bearer not-a-real-token" } });
  expect(withToken.headers()["x-parley-cache"]).toBeUndefined();
  await reader.dispose();
});
