import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

// One page of each type, checked in light and dark colour schemes.
const pages = [
  { name: "home", path: "/" },
  { name: "negotiation matrix", path: "/negotiations/russia-ukraine" },
  { name: "issue", path: "/negotiations/russia-ukraine/issues/territory" },
  { name: "areas", path: "/negotiations/russia-ukraine/areas" },
  { name: "party", path: "/parties/ukraine" },
  { name: "position", path: "/positions/ru-2026-mar-memo" },
  { name: "events", path: "/events" },
  { name: "event", path: "/events/geneva-feb-2026" },
  { name: "commitments", path: "/commitments?status=fulfilled" },
  { name: "not found", path: "/positions/no-such-position" },
  { name: "recent changes", path: "/changes" },
  { name: "API reference", path: "/api" },
  { name: "compare, with a difference map", path: "/negotiations/russia-ukraine/compare?parties=russia,ukraine" },
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const { name, path } of pages) {
      test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
        // axe takes some 20 s over the API reference, the longest page, on this machine alone;
        // with the other worker busy it can pass the usual minute.
        if (path === "/api") test.slow();
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}

test("the matrix with a summary shown has no serious accessibility violations", async ({ page }) => {
  await page.goto("/negotiations/russia-ukraine");
  await page.getByRole("link", { name: /^Russia on Ceasefire terms:/ }).focus();
  await expectNoSeriousA11yViolations(page);
});

test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const { name, path } of pages.slice(0, 6)) {
    test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    });
  }
});
