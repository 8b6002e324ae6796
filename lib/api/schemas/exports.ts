// The queries of GET /api/v1/export.json (which file, lib/export/export-format.ts) and of
// GET /api/v1/export.csv.
import { z } from "zod";
import { csvRecords } from "@/lib/export/csv-records";
import { refFilter } from "./common";

export const exportQuery = z.strictObject({
  scope: z
    .enum(["reader", "archive"], { error: "Ask for scope=reader (what readers see) or scope=archive (everything, for editors and API tokens)" })
    .default("reader")
    .meta({
      description:
        "`reader` (the default): what readers may see, for anyone. `archive`: every record, retracted ones included, and the full history, re-importable with `npm run import`; needs an editor's session or an API token (read or write scope).",
    }),
});
export type ExportQuery = z.infer<typeof exportQuery>;

/** GET /api/v1/export.csv: one kind of record, every negotiation's or one's; a misspelt parameter is refused rather than ignored. */
export const csvExportQuery = z.strictObject({
  records: z
    .enum(csvRecords)
    .default("positions")
    .meta({
      description:
        "Which records, one row each: `positions` (the default), `events`, `commitments`, `sources` or `plan-points` (each point with its plan's title, date and status).",
    }),
  negotiation: refFilter("negotiation")
    .optional()
    .meta({
      description:
        "Only this negotiation's records (id or slug); every negotiation's without it. For `sources`, those its positions, events, commitments and plans cite.",
    }),
});
