// What Lighthouse measured of one page (bench/lighthouse.ts), as the tables show it (lighthouse-table.ts).

export type PageMeasurement = {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  /** JavaScript transferred to load the page, as sent (compressed) and as parsed. */
  firstLoadJsKb: number;
  firstLoadJsUncompressedKb: number;
  scriptRequests: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Audits below a perfect score in either category, for a reader looking for what to fix. */
  failingAudits: string[];
  /**
   * Audits that failed to run. With Chromium newer than Lighthouse 12 knows, a few trace-based
   * diagnostics (render-blocking-resources, largest-contentful-paint-element, layout-shifts)
   * fail; they carry no weight, and the metrics and scores are computed without them.
   */
  erroredAudits: string[];
  /** Performance scores of every run, so the spread is visible. */
  performanceRuns: number[];
};
