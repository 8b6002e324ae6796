// Every visible position as CSV for spreadsheets (lib/export/export-positions-csv.ts).
import { attachment } from "@/lib/export/attachment";
import { exportPositionsCsv } from "@/lib/export/export-positions-csv";
import { methods } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async () =>
    new Response(await exportPositionsCsv(), {
      headers: { "content-type": "text/csv; charset=utf-8; header=present", ...attachment("csv") },
    }),
});
