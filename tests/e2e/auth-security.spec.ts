// Security headers on every kind of response, the CSP actually enforced in the browser,
// and cross-origin posts to server actions refused.
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { signInAs } from "./support/users";

const fixedHeaders = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

test("every response carries the security headers, and pages a nonce-based CSP", async ({ request, page }) => {
  await page.goto("/sign-in");
  const asset = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  for (const path of ["/", "/sign-in", "/no-such-page", asset!, "/api/v1/parties?limit=1", "/api/v1/no-such-resource"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers, path).toMatchObject(fixedHeaders);
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }

  const response = await request.get("/sign-in");
  const csp = response.headers()["content-security-policy"]!;
  const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives["frame-ancestors"]).toEqual(["'none'"]);
  expect(directives["object-src"]).toEqual(["'none'"]);
  expect(directives["form-action"]).toEqual(["'self'"]);
  expect(directives["script-src"]).toContain("'strict-dynamic'");
  expect(directives["script-src"]).not.toContain("'unsafe-inline'");
  expect(directives["script-src"]).not.toContain("'unsafe-eval'");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  // Each request gets its own nonce, and every script Next.js renders carries it.
  expect((await request.get("/sign-in")).headers()["content-security-policy"]).not.toContain(nonce);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("API answers are data: their policy lets nothing load or run, with no nonce to spend", async ({ request }) => {
  for (const path of ["/api/v1/parties?limit=1", "/api/v1/positions/no-such-position"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"];
    expect(csp, path).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  }
  // The API reference is a page, with a page's policy.
  expect((await request.get("/api")).headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
});

test("the browser runs Parley's scripts but refuses injected ones", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/sign-in");
  // Hydrated: the client form reacts (its pending label needs React running).
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.org`);
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveText("Email or password is incorrect");
  expect(violations).toEqual([]);

  // Markup injected the way a cross-site scripting bug would inject it.
  const injected = await page.evaluate(
    () =>
      new Promise<{ directives: string[]; ran: boolean }>((resolve) => {
        const directives: string[] = [];
        document.addEventListener("securitypolicyviolation", (e) => directives.push(e.effectiveDirective));
        const div = document.createElement("div");
        div.innerHTML = '<img src="data:," onerror="window.pwned = true">';
        document.body.append(div);
        setTimeout(() => resolve({ directives, ran: "pwned" in window }), 500);
      }),
  );
  expect(injected).toEqual({ directives: ["script-src-attr"], ran: false });
});

test("a server action posted from another origin is refused and changes nothing", async ({ page }) => {
  await signInAs(page, "admin", "/admin/tokens");
  // Capture a genuine submission of the issue-token form, then replay it.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/admin/tokens", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! };
    await route.abort();
  });
  const name = `csrf probe ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Issue token" }).click();
  await expect.poll(() => captured).toBeTruthy();
  await page.unroute("**/admin/tokens");
  const { url, headers, body } = captured!;
  expect(headers["next-action"]).toBeTruthy();
  const replay = (origin: string) => {
    const sent = Object.fromEntries(Object.entries(headers).filter(([k]) => !k.startsWith(":") && k !== "content-length"));
    return page.request.fetch(url, { method: "POST", headers: { ...sent, origin }, data: body, failOnStatusCode: false });
  };
  const count = async () => Number((await query<{ n: number }>(`SELECT COUNT(*) AS n FROM "ApiToken" WHERE name = ?`, [name]))[0]!.n);

  const forged = await replay("http://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await count()).toBe(0);

  // The same request from Parley's own origin goes through: the origin is what was refused.
  const genuine = await replay(new URL(url).origin);
  expect(genuine.status()).toBe(200);
  expect(await count()).toBe(1);
});

test("over HTTPS the session cookie is cleared on sign-out with the attributes it was set with", async ({ page, playwright, baseURL }) => {
  // The first test server believes X-Forwarded-Proto from loopback, as from a TLS proxy.
  const editor = await signInAs(page, "editor");
  const token = (await page.context().cookies()).find((c) => c.name === "parley_session")!.value;
  const https = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-proto": "https", cookie: `__Host-parley_session=${token}`, origin: baseURL! },
  });
  // The header's sign-out form, as a browser without JavaScript would post it.
  const html = await (await https.get("/sign-in")).text();
  expect(html).toContain(`You are signed in as <strong>${editor.name}</strong>`);
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
  expect(actionField).toBeTruthy();
  const answer = await https.post("/sign-in", { multipart: { [actionField!]: "" }, maxRedirects: 0 });
  expect(answer.status()).toBe(303);
  const cleared = answer.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const hostCookie = cleared.find((c) => c.startsWith("__Host-parley_session="));
  expect(hostCookie).toBeTruthy();
  const attributes = hostCookie!.split(";").map((a) => a.trim().toLowerCase());
  expect(attributes).toEqual(expect.arrayContaining(["secure", "httponly", "path=/", "samesite=lax", "max-age=0"]));
  await https.dispose();
});
