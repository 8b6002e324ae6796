// Accessibility check for a page as it stands: fails on any serious or critical axe
// violation against WCAG 2.x A/AA, naming each rule and the elements that break it.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// axe's rules whose outcome depends on colour: those tagged cat.color in axe-core 4.13, less
// color-contrast-enhanced (AAA, off by default). No other rule's outcome does, so a page
// already checked whole in the light scheme needs only these in the dark one, where only the
// palette's custom properties change (app/globals.css): the other rules would check the same
// DOM twice. axe throws if a rule named here no longer exists.
const colourRules = ["color-contrast", "link-in-text-block"];
// WCAG 2.0–2.2 A and AA, and axe's best practices. Given in `runOnly` below: the builder's
// withTags() is overwritten by options(), so until it moved there axe ran its defaults,
// which leave out WCAG 2.2's target-size.
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export async function expectNoSeriousA11yViolations(page: Page, { only }: { only?: "colour" } = {}) {
  // After a client-side navigation (a server action's redirect) the page's content can be
  // on screen a moment before its streamed metadata sets the title; wait for the title so
  // the check sees the page as a reader does, and still fails if no title ever comes.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .options({
      // Every rule still runs and every violation comes back whole; passing and inapplicable
      // checks come back with one element each instead of all, which on the API reference
      // (10,000 elements) was a 13 MB answer and a fifth of axe's time.
      resultTypes: ["violations"],
      runOnly: only === "colour" ? { type: "rule", values: colourRules } : { type: "tag", values: wcagTags },
    })
    // axe.run in the page itself, not runPartial in each frame and finishRun in a blank page,
    // which carries every checked element's partial result through the browser protocol
    // twice (19 MB on the API reference): half of axe's time there, a third to a half on
    // other pages. Same rules, same violations; what it gives up is checking cross-origin
    // frames (axe would list one as incomplete, not fail), and Parley has no frames at all.
    .setLegacyMode()
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("; ")}`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** Fails on any violation of the named axe rules, whatever its impact (some that matter are only "moderate"). */
export async function expectNoViolationsOf(page: Page, rules: string[]) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"], runOnly: { type: "rule", values: rules } }).setLegacyMode().analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("; ")}`);
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}
