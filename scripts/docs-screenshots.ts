// Screenshots of Parley's maps for the README (docs/screenshots/), taken with Playwright's
// Chromium against a running build with the seeded data:
//
//   npm run docs:screenshots -- http://127.0.0.1:3000
//
// Not part of `npm test`: pictures are for people; the e2e suite checks the maps by their
// accessible names and text tables.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const out = "docs/screenshots";

const shots = [
  { file: "maps-claims.png", path: "/negotiations/russia-ukraine/issues/territory", section: "claim-maps-heading", scheme: "light" },
  { file: "maps-claims-2022-04-01.png", path: "/negotiations/russia-ukraine/issues/territory?asOf=2022-04-01", section: "claim-maps-heading", scheme: "light" },
  { file: "maps-claims-dark.png", path: "/negotiations/russia-ukraine/issues/territory", section: "claim-maps-heading", scheme: "dark" },
  { file: "maps-difference.png", path: "/negotiations/russia-ukraine/compare?parties=russia,ukraine", section: "difference-maps-heading", scheme: "light" },
] as const;

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-background-networking", "--no-first-run"] });
  try {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: shot.scheme, deviceScaleFactor: 1 });
      const response = await page.goto(`${base}${shot.path}`);
      if (!response?.ok()) throw new Error(`${shot.path} answered ${response?.status()}`);
      await page.locator(`section[aria-labelledby="${shot.section}"]`).screenshot({ path: `${out}/${shot.file}` });
      await page.close();
      console.log(`${out}/${shot.file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
