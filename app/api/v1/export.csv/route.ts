// Every position readers may see as CSV for spreadsheets (lib/export/export-positions-csv.ts), streamed.
import { attachment } from "@/lib/export/attachment";
import { downloadExport } from "@/lib/export/export-downloads";
import { writePositionsCsv } from "@/lib/export/export-positions-csv";
import { csvExportQuery } from "@/lib/api/schemas/exports";
import { methods } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/query";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    parseQuery(request, csvExportQuery);
    return downloadExport(request, {
      variant: "reader.csv",
      produce: (write) => writePositionsCsv(write),
      headers: (at) => ({ "content-type": "text/csv; charset=utf-8; header=present", ...attachment("csv", at) }),
    });
  },
});
