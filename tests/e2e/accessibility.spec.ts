import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectNoViolationsOf } from "./support/axe";

// One page of each type, checked whole in the light colour scheme and for colour in the dark.
const pages = [
  { name: "home", path: "/" },
  { name: "home filtered by status", path: "/?status=active" },
  { name: "negotiation matrix", path: "/negotiations/russia-ukraine" },
  { name: "issue", path: "/negotiations/russia-ukraine/issues/territory" },
  { name: "areas", path: "/negotiations/russia-ukraine/areas" },
  { name: "party", path: "/parties/ukraine" },
  { name: "position", path: "/positions/ru-2026-mar-memo" },
  { name: "events", path: "/events" },
  { name: "event", path: "/events/geneva-feb-2026" },
  { name: "commitments", path: "/commitments?status=fulfilled" },
  { name: "commitment", path: "/commitments/c-2025-may16-pow" },
  { name: "source", path: "/sources/src-z2v74q" },
  { name: "not found", path: "/positions/no-such-position" },
  { name: "recent changes", path: "/changes" },
  { name: "API reference", path: "/api" },
  { name: "download the data", path: "/data" },
  { name: "plans of a negotiation", path: "/negotiations/russia-ukraine/plans" },
  { name: "plan", path: "/plans/us-28-point-plan-2025-11" },
  { name: "plan by issue", path: "/plans/ua-us-20-point-framework-2025-12-23?view=issues" },
  { name: "plan diff", path: "/plans/us-28-point-plan-2025-11/diff/ua-us-20-point-framework-2025-12-23" },
  { name: "plan diff in printed order", path: "/plans/e3-counterproposal-2025-11-23/diff/ua-us-20-point-framework-2025-12-23?view=order" },
  { name: "compare, with a difference map", path: "/negotiations/russia-ukraine/compare?parties=russia,ukraine" },
];
const planPages = pages.filter((p) => p.name.startsWith("plan"));
// The pages a reader is most likely to open on a phone, checked at 375 px too.
const phonePages = ["home", "negotiation matrix", "issue", "areas", "party", "position"];

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
        // The dark scheme changes only colours: its other rules would repeat the light pass.
        await expectNoSeriousA11yViolations(page, scheme === "dark" ? { only: "colour" } : {});
      });
    }
  });
}

// A screen reader lists landmarks by name: on pages that repeat a kind of section (one per
// commitment, map or operation), each must say which it is.
test("pages that repeat a kind of section name each landmark apart", async ({ page }) => {
  test.slow();
  for (const path of ["/commitments", "/negotiations/russia-ukraine/compare?parties=russia,ukraine", "/api"]) {
    await page.goto(path);
    await expectNoViolationsOf(page, ["landmark-unique"]);
  }
});

test("the matrix with a summary shown has no serious accessibility violations", async ({ page }) => {
  await page.goto("/negotiations/russia-ukraine");
  await page.getByRole("link", { name: /^Russia on Ceasefire terms:/ }).focus();
  await expectNoSeriousA11yViolations(page);
});

test.describe("on a 375px phone @mobile", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const { name, path } of [...pages.filter((p) => phonePages.includes(p.name)), ...planPages]) {
    test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    });
  }
});
