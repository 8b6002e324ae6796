// The records as one JSON file (lib/export/export-format.ts), streamed: what readers may see
// by default; with ?scope=archive, for editors and API tokens, everything — retracted records
// and the full history — re-importable with `npm run import`.
import { exportQuery } from "@/lib/api/schemas/exports";
import { getActorFromRequest } from "@/lib/auth/actor-from-request";
import { clientAddress } from "@/lib/auth/client-address";
import { archiveReader, recordArchiveDownload } from "@/lib/export/archive-access";
import { attachment } from "@/lib/export/attachment";
import { downloadExport } from "@/lib/export/export-downloads";
import { writeExportFile } from "@/lib/export/write-export-file";
import { methods } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/query";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const { scope } = parseQuery(request, exportQuery);
    const archivist = scope === "archive" ? archiveReader(await getActorFromRequest(request)) : null;
    const response = await downloadExport(request, {
      variant: `${scope}.json`,
      produce: (write) => writeExportFile(scope, write),
      headers: (at) => ({
        "content-type": "application/json; charset=utf-8",
        ...attachment("json", at, archivist ? "parley-archive" : "parley-export"),
      }),
    });
    if (archivist && request.method === "GET") await recordArchiveDownload({ actor: archivist, address: clientAddress(request.headers) });
    return response;
  },
});
