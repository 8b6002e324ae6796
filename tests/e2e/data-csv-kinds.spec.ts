import { expect, test } from "@playwright/test";
import { parseCsv } from "../support/parse-csv";

test("the data page offers each kind of record as a CSV file, whole and per negotiation", async ({ page }) => {
  await page.goto("/data");
  const kinds = [
    ["Events (CSV)", "events", "Event ID,Slug,Negotiation,"],
    ["Commitments (CSV)", "commitments", "Commitment ID,Negotiation,Parties,"],
    ["Sources (CSV)", "sources", "Source ID,Outlet,Title,"],
    ["Plan points (CSV)", "plan-points", "Point ID,Negotiation,Plan ID,"],
  ] as const;
  for (const [name, records, header] of kinds) {
    const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
    expect(href).toBe(`/api/v1/export.csv?records=${records}`);
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-disposition"]).toMatch(new RegExp(`filename="parley-${records}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    const [head, ...rows] = parseCsv((await file.text()).replace(/^\uFEFF/, ""));
    expect(head!.join(",")).toContain(header);
    expect(rows.length).toBeGreaterThan(0);
  }

  // Each negotiation's file holds that negotiation's events alone. Other tests may have just
  // set up a negotiation with none yet: its file is a header alone, and the others are read.
  const list = page.getByRole("list", { name: "Events of one negotiation (CSV)" });
  let withEvents = 0;
  for (const link of await list.getByRole("link").all()) {
    const oneHref = await link.getAttribute("href");
    expect(oneHref).toMatch(/^\/api\/v1\/export\.csv\?records=events&negotiation=[a-z0-9-]+$/);
    const one = await page.request.get(oneHref!);
    expect(one.status()).toBe(200);
    const [, ...rows] = parseCsv((await one.text()).replace(/^\uFEFF/, ""));
    if (rows.length === 0) continue;
    expect(new Set(rows.map((row) => row[2])).size).toBe(1);
    withEvents += 1;
  }
  expect(withEvents).toBeGreaterThan(1);
});
