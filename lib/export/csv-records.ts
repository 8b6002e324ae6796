// The kinds of record GET /api/v1/export.csv writes, one file each (`records`): their names,
// for the query schema and the pages that link to the files. The files themselves are
// ./csv-exports.ts's.
export const csvRecords = ["positions", "events", "commitments", "sources", "plan-points"] as const;
export type CsvRecords = (typeof csvRecords)[number];

/** What each file is called where it is offered, and what a row of it is. */
export const csvRecordLabels: Record<CsvRecords, { title: string; row: string }> = {
  positions: { title: "Positions", row: "one row per statement" },
  events: { title: "Events", row: "one row per event" },
  commitments: { title: "Commitments", row: "one row per commitment" },
  sources: { title: "Sources", row: "one row per source" },
  "plan-points": { title: "Plan points", row: "one row per point of a plan" },
};
