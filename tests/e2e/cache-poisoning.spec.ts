// A forged Host cannot poison the response cache. Readers' answers are cached first; then
// the requests of the attack are replayed — a site feed asked for under a forged host that
// smuggles a negotiation's path, a page asked for under a host that smuggles the API's —
// and every address still answers with its own content, its own type and links to the
// real host. Against both servers: the first believes X-Forwarded-* from loopback (as
// behind a proxy on the same machine), the second believes nobody's (the default); see
// playwright.config.ts. Run on SQLite and PostgreSQL by scripts/test.sh.
import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";

const ports = [Number(process.env.E2E_PORT ?? 3100), Number(process.env.E2E_PORT ?? 3100) + 1];

const readerUrls = [
  { path: "/changes.atom", type: "application/atom+xml", self: "/changes.atom" },
  { path: "/negotiations/russia-ukraine/changes.atom", type: "application/atom+xml", self: "/negotiations/russia-ukraine/changes.atom" },
  { path: "/api/v1/negotiations", type: "application/json" },
  { path: "/api/v1/negotiations/russia-ukraine", type: "application/json" },
  { path: "/negotiations/russia-ukraine", type: "text/html" },
  { path: "/api", type: "text/html" },
];

/** A GET with exactly these headers (Playwright would set Host itself). */
function rawGet(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path, headers, setHost: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
  });
}

/** Reads until the answer comes from the cache (another worker's writes may empty it meanwhile). */
async function cachedAnswer(reader: APIRequestContext, url: string) {
  let answer = { cache: "", type: "", text: "" };
  await expect(async () => {
    await reader.get(url);
    const response = await reader.get(url);
    expect(response.status(), url).toBe(200);
    answer = { cache: response.headers()["x-parley-cache"] ?? "", type: response.headers()["content-type"] ?? "", text: await response.text() };
    expect(answer.cache, `${url} is answered from the cache`).toBe("hit");
  }).toPass({ intervals: [100, 250, 500], timeout: 20_000 });
  return answer;
}

async function expectOwnAnswers(reader: APIRequestContext, port: number) {
  const site = `127.0.0.1:${port}`;
  for (const { path, type, self } of readerUrls) {
    const answer = await cachedAnswer(reader, `http://${site}${path}`);
    expect(answer.type, path).toContain(type);
    expect(answer.text, path).not.toContain("evil.example");
    if (self) expect(answer.text, path).toContain(`<link rel="self" href="http://${site}${self}" type="application/atom+xml"/>`);
  }
}

for (const port of ports) {
  test(`a forged Host leaves every other address's cached answer as it was (port offset ${port - ports[0]!})`, async ({ playwright }) => {
    const reader = await playwright.request.newContext();
    const site = `127.0.0.1:${port}`;
    await expectOwnAnswers(reader, port);

    const attacks: Array<{ path: string; headers: Record<string, string> }> = [
      { path: "/changes.atom", headers: { host: "evil.example", "x-forwarded-host": `${site}/negotiations/russia-ukraine` } },
      { path: "/negotiations", headers: { host: "evil.example", "x-forwarded-host": `${site}/api/v1` } },
      { path: "/changes.atom", headers: { host: `${site}/negotiations/russia-ukraine` } },
      { path: "/negotiations/russia-ukraine", headers: { host: "evil.example" } },
      { path: "/api", headers: { host: site, "x-forwarded-host": "evil.example" } },
      { path: "/api/v1/negotiations", headers: { host: "evil.example:443", "x-forwarded-proto": "https" } },
    ];
    // Refused (400), or — where the forged header is not believed — answered for the real host.
    for (const { path, headers } of attacks) {
      for (let i = 0; i < 3; i++) {
        const answer = await rawGet(port, path, headers);
        expect([200, 400], `${path} ${JSON.stringify(headers)}`).toContain(answer.status);
        expect(answer.body).not.toContain("evil.example");
      }
    }

    await expectOwnAnswers(reader, port);
    await reader.dispose();
  });
}
