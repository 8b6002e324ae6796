// The kinds of record GET /api/v1/export.csv writes, one file each (`records`): their names,
// for the query schema and the pages that link to the files. The files themselves are
// ./csv-exports.ts's.
export const csvRecords = ["positions", "events", "commitments", "sources", "plan-points"] as const;
export type CsvRecords = (typeof csvRecords)[number];

/** What each file is called where it is offered. */
export const csvRecordTitles: Record<CsvRecords, string> = {
  positions: "Positions",
  events: "Events",
  commitments: "Commitments",
  sources: "Sources",
  "plan-points": "Plan points",
};
