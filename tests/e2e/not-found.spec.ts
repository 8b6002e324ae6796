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
