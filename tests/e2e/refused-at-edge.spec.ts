// Requests Next.js cannot take are problems from the server itself, on pages and API alike,
// where they were 500s: TRACE, which the Fetch API that Next.js builds each request with
// refuses (501); an address that is not valid percent-encoding, and two Origin headers (400).
import http from "node:http";
import { expect, test } from "@playwright/test";

/** The raw answer to a request with any method (browsers and fetch refuse these). */
function send(method: string, path: string, headers: http.OutgoingHttpHeaders = {}) {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise<{ status: number; type: string; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: base.hostname, port: base.port, method, path, headers }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, type: String(response.headers["content-type"]), headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

test("TRACE answers 501 as a problem, on a page and on the API", async () => {
  for (const path of ["/", "/api/v1/parties"]) {
    const answer = await send("TRACE", path);
    expect(answer.status, path).toBe(501);
    expect(answer.type).toBe("application/problem+json");
    expect(JSON.parse(answer.body)).toMatchObject({ status: 501, title: "Not implemented", detail: "Parley supports no TRACE requests" });
  }
});

test("an address that is not valid percent-encoding answers 400 as a problem, with the usual headers", async () => {
  for (const path of ["/parties/%ZZ", "/api/v1/positions/%E0%A4%A", "/history/source/%C0"]) {
    const answer = await send("GET", path);
    expect(answer.status, path).toBe(400);
    expect(answer.type).toBe("application/problem+json");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toBe("default-src 'none'");
    expect(JSON.parse(answer.body)).toMatchObject({ status: 400, title: "Malformed request", detail: expect.stringContaining("percent-encoding") });
  }
  // A percent sign encoded as such still reaches its page.
  expect((await send("GET", "/search?q=%25")).status).toBe(200);
  expect((await send("GET", "/parties/no-such-%25-party")).status).toBe(404);
});

test("a request with two Origin headers answers 400, not 500", async ({ baseURL }) => {
  // "Origin" as written: the lower-case key is typed for one value.
  const answer = await send("POST", "/sign-in", { Origin: [baseURL!, baseURL!], "content-type": "text/plain", "next-action": "x" });
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body)).toMatchObject({ status: 400, detail: "The request has more than one Origin header" });
});

test("other methods still reach their addresses", async () => {
  expect((await send("OPTIONS", "/api/v1/parties")).status).toBe(204);
  expect((await send("PUT", "/api/v1/parties")).status).toBe(405);
});
