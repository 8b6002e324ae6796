import { expect, test } from "@playwright/test";
import { parseCsv } from "../support/parse-csv";
import { query } from "./support/db";

test("every page's footer leads to the downloads, and each download is the file it says", async ({ page }) => {
  // A seeded statement, and one of another negotiation: other tests add records meanwhile, so
  // the files are checked for these rather than counted.
  const samples = await query<{ id: string; stance: string }>(
    `SELECT p.id, p.stance FROM "Position" p JOIN "Issue" i ON i.id = p."issueId" JOIN "Negotiation" g ON g.id = i."negotiationId"
      WHERE p.id IN (SELECT MIN(p2.id) FROM "Position" p2 JOIN "Issue" i2 ON i2.id = p2."issueId" WHERE p2."retractedAt" IS NULL GROUP BY i2."negotiationId")
      ORDER BY p.id`,
  );
  expect(samples.length).toBeGreaterThan(1);

  await page.goto("/negotiations/russia-ukraine");
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "Download the data" }).click();
  await expect(page).toHaveURL("/data");
  await expect(page).toHaveTitle("Download the data — Parley");

  const csvLink = page.getByRole("link", { name: "Positions (CSV)" });
  const csv = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
  const text = (await csv.text()).replace(/^\uFEFF/, "");
  expect(text.split("\r\n")[0]).toMatch(/^Position ID,Negotiation,Party,Issue,/);
  for (const sample of samples) expect(text).toContain(`\r\n${sample.id},`);

  const json = await page.request.get((await page.getByRole("link", { name: "All records (JSON)" }).getAttribute("href"))!);
  expect(json.status()).toBe(200);
  const file = (await json.json()) as { format: string; positions: { id: string; stance: string }[] };
  expect(file.format).toBe("parley-reader-export");
  for (const sample of samples) expect(file.positions).toContainEqual(expect.objectContaining(sample));

  // One negotiation's statements, from the list here and from its own page.
  const [negotiation] = await query<{ slug: string; title: string }>(`SELECT slug, title FROM "Negotiation" WHERE slug = 'russia-ukraine'`);
  const oneHref = await page.getByRole("list", { name: "Positions of one negotiation (CSV)" }).getByRole("link", { name: negotiation!.title }).getAttribute("href");
  expect(oneHref).toBe("/api/v1/export.csv?negotiation=russia-ukraine");
  const one = await page.request.get(oneHref!);
  expect(one.headers()["content-disposition"]).toMatch(/filename="parley-export-russia-ukraine-\d{4}-\d{2}-\d{2}\.csv"/);
  const [, ...oneRows] = parseCsv((await one.text()).replace(/^\uFEFF/, ""));
  expect(oneRows.length).toBeGreaterThan(0);
  expect(new Set(oneRows.map((row) => row[1]))).toEqual(new Set([negotiation!.title]));

  await expect(page.getByRole("link", { name: "Atom feed" })).toHaveAttribute("href", "/changes.atom");
  await page.getByRole("link", { name: "JSON API" }).click();
  await expect(page).toHaveURL("/api");

  await page.goto("/negotiations/russia-ukraine");
  await expect(page.getByRole("link", { name: "Every statement as a spreadsheet (CSV)" })).toHaveAttribute("href", oneHref!);
});
