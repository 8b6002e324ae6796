// Feed readers find Parley's Atom feeds from a page's head: every page names the site-wide
// feed, and negotiation, party and issue pages name their own first. Each named feed
// answers as Atom; /changes links the feed visibly too.
import { expect, test, type Page } from "@playwright/test";
import { query } from "./support/db";
import { NEGOTIATION } from "./support/reader";

async function atomLinks(page: Page) {
  const links = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  return links.evaluateAll((els) => els.map((el) => ({ href: (el as HTMLLinkElement).href, title: el.getAttribute("title") })));
}

async function expectAtom(page: Page, href: string) {
  const response = await page.request.get(href);
  expect(response.status(), href).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const body = await response.text();
  expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  return body;
}

test("every page's head names the site-wide changes feed", async ({ page, baseURL }) => {
  for (const path of ["/", "/changes", "/commitments"]) {
    await page.goto(path);
    expect(await atomLinks(page), path).toEqual([{ href: `${baseURL}/changes.atom`, title: "Parley: recent changes" }]);
  }
  await expectAtom(page, `${baseURL}/changes.atom`);
});

test("negotiation, party and issue pages name their own feed first", async ({ page, baseURL }) => {
  const one = async (sql: string, params: unknown[] = []) => (await query<{ name: string }>(sql, params))[0]!.name;
  const title = await one(`SELECT title AS name FROM "Negotiation" WHERE slug = ?`, [NEGOTIATION]);
  const party = await one(`SELECT name FROM "Party" WHERE slug = 'russia'`);
  const issue = await one(
    `SELECT i.name FROM "Issue" i JOIN "Negotiation" n ON n.id = i."negotiationId" WHERE n.slug = ? AND i.slug = 'territory'`,
    [NEGOTIATION],
  );
  const pages = [
    { path: `/negotiations/${NEGOTIATION}`, feed: `/negotiations/${NEGOTIATION}/changes.atom`, title: `Changes to ${title}` },
    { path: "/parties/russia", feed: "/parties/russia/changes.atom", title: `Changes concerning ${party}` },
    { path: `/negotiations/${NEGOTIATION}/issues/territory`, feed: `/negotiations/${NEGOTIATION}/issues/territory/changes.atom`, title: `Changes to ${issue}` },
  ];
  for (const p of pages) {
    await page.goto(p.path);
    expect(await atomLinks(page), p.path).toEqual([
      { href: `${baseURL}${p.feed}`, title: p.title },
      { href: `${baseURL}/changes.atom`, title: "Parley: recent changes" },
    ]);
    const body = await expectAtom(page, `${baseURL}${p.feed}`);
    expect(body).toContain(`<link rel="self" href="${baseURL}${p.feed}"`);
  }
});

test("the recent changes page links its Atom feed visibly", async ({ page }) => {
  await page.goto("/changes");
  const link = page.getByRole("main").getByRole("link", { name: "Atom feed" });
  await expect(link).toHaveAttribute("href", "/changes.atom");
  await expectAtom(page, "/changes.atom");
});
