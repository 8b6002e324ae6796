// The queries of GET /api/v1/export.json (which file, lib/export/export-format.ts) and of
// GET /api/v1/export.csv.
import { z } from "zod";

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

/** GET /api/v1/export.csv takes no parameters: a misspelt one is refused rather than ignored. */
export const csvExportQuery = z.strictObject({});
