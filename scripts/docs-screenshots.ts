// Screenshots of Parley's reading pages and maps for the README (docs/screenshots/), taken
// with Playwright's Chromium against a running build with the seeded data:
//
//   npm run docs:screenshots -- http://127.0.0.1:3000
//
// Not part of `npm test`: pictures are for people; the e2e suite checks the maps by their
// accessible names and text tables.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const out = "docs/screenshots";

// `section`: the section whose heading has that id, else what the window shows (its top, or
// `scrollTo` the element with that id at the top), at `width` × `height` (1200 × 900 unless set).
type Shot = { file: string; path: string; scheme: "light" | "dark"; section?: string; scrollTo?: string; width?: number; height?: number };

const shots: readonly Shot[] = [
  { file: "matrix.png", path: "/negotiations/israel-hamas-gaza", scheme: "light" },
  { file: "matrix-phone.png", path: "/negotiations/russia-ukraine", scheme: "light", width: 390, height: 844 },
  { file: "compare.png", path: "/negotiations/israel-hamas-gaza/compare?parties=israel,hamas", scheme: "light", scrollTo: "comparison-heading" },
  { file: "position.png", path: "/positions/ua-2025-jeddah-30day", scheme: "light" },
  { file: "plan-diff-dark.png", path: "/plans/gaza-us-21-point-draft-2025/diff/gaza-trump-20-point-plan-2025", scheme: "dark" },
  { file: "maps-claims.png", path: "/negotiations/russia-ukraine/issues/territory", section: "claim-maps-heading", scheme: "light" },
  { file: "maps-claims-2022-04-01.png", path: "/negotiations/russia-ukraine/issues/territory?asOf=2022-04-01", section: "claim-maps-heading", scheme: "light" },
  { file: "maps-claims-dark.png", path: "/negotiations/russia-ukraine/issues/territory", section: "claim-maps-heading", scheme: "dark" },
  { file: "maps-difference.png", path: "/negotiations/russia-ukraine/compare?parties=russia,ukraine", section: "difference-maps-heading", scheme: "light" },
];

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-background-networking", "--no-first-run"] });
  try {
    for (const shot of shots) {
      const viewport = { width: shot.width ?? 1200, height: shot.height ?? 900 };
      const page = await browser.newPage({ viewport, colorScheme: shot.scheme, deviceScaleFactor: 1 });
      const response = await page.goto(`${base}${shot.path}`);
      if (!response?.ok()) throw new Error(`${shot.path} answered ${response?.status()}`);
      if (shot.section) {
        await page.locator(`section[aria-labelledby="${shot.section}"]`).screenshot({ path: `${out}/${shot.file}` });
      } else {
        if (shot.scrollTo) await page.locator(`[id="${shot.scrollTo}"]`).evaluate((element) => element.scrollIntoView({ block: "start" }));
        await page.screenshot({ path: `${out}/${shot.file}` });
      }
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
