import { expect, test } from "@playwright/test";

test("the API reference is reached from the footer and documents the OpenAPI document it is built from", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL("/api");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toMatch(/^3\.1/);
  // Every documented path appears on the page, and the page loads no script from elsewhere.
  const text = await page.locator("main").innerText();
  for (const path of Object.keys(openapi.paths)) expect(text, path).toContain(path);
  const foreign = await page.locator("script[src]").evaluateAll((els) =>
    els.map((e) => (e as HTMLScriptElement).src).filter((src) => !src.startsWith(location.origin)),
  );
  expect(foreign).toEqual([]);
});
