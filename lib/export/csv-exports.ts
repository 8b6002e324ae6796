import "server-only";
import type { CsvRecords } from "./csv-records";
import type { CsvExport } from "./csv-export";
import { commitmentsCsv } from "./export-commitments-csv";
import { eventsCsv } from "./export-events-csv";
import { planPointsCsv } from "./export-plan-points-csv";
import { positionsCsv } from "./export-positions-csv";
import { sourcesCsv } from "./export-sources-csv";

/** The CSV file of each kind of record (GET /api/v1/export.csv?records=…). */
export const csvExports: Record<CsvRecords, CsvExport> = {
  positions: positionsCsv,
  events: eventsCsv,
  commitments: commitmentsCsv,
  sources: sourcesCsv,
  "plan-points": planPointsCsv,
};
