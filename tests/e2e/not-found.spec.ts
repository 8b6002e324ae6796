import { expect, test } from "@playwright/test";

const missing = [
  "/negotiations/no-such-negotiation",
  "/negotiations/russia-ukraine/issues/no-such-issue",
  "/parties/no-such-party",
  "/positions/no-such-position",
  "/events/no-such-event",
  "/commitments/no-such-commitment",
  "/sources/no-such-source",
  "/no/such/page",
];

for (const path of missing) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Negotiations" })).toHaveAttribute("href", "/");
    await expect(main.getByRole("link", { name: "Events" })).toHaveAttribute("href", "/events");
    await expect(main.getByRole("link", { name: "Commitments" })).toHaveAttribute("href", "/commitments");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
}

// Next.js matches these by the route files themselves, so only a running server shows them.
test("addresses under /api that name nothing answer a problem+json 404, not the HTML page", async ({ request }) => {
  for (const path of ["/api/v1", "/api/v2/positions", "/api/nothing", "/api/v1/nothing/here"]) {
    for (const method of ["GET", "POST"] as const) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(404);
      expect(response.headers()["content-type"], `${method} ${path}`).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 404, detail: expect.stringContaining("/api/v1/openapi.json") });
    }
  }
  expect((await request.get("/api")).headers()["content-type"]).toMatch(/^text\/html/);
});
