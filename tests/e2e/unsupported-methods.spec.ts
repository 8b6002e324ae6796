// TRACE, which no address supports, is a 501 problem from the server itself, on pages and
// API alike; the Fetch API that Next.js builds each request with refuses it, which was a 500.
import http from "node:http";
import { expect, test } from "@playwright/test";

/** The raw answer to a request with any method (browsers and fetch refuse these). */
function send(method: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: base.hostname, port: base.port, method, path }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, type: String(response.headers["content-type"]), body }));
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

test("other methods still reach their addresses", async () => {
  expect((await send("OPTIONS", "/api/v1/parties")).status).toBe(204);
  expect((await send("PUT", "/api/v1/parties")).status).toBe(405);
});
