// The records as one JSON file (lib/export/export-format.ts), streamed: what readers may see
// by default; with ?scope=archive, for editors and API tokens, everything — retracted records
// and the full history — re-importable with `npm run import`.
import { exportQuery } from "@/lib/api/schemas/exports";
import { getActorFromRequest } from "@/lib/auth/actor-from-request";
import { assertCanReadArchive } from "@/lib/auth/permissions";
import { attachment } from "@/lib/export/attachment";
import { downloadExport } from "@/lib/export/export-downloads";
import { writeExportFile } from "@/lib/export/write-export-file";
import { methods } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/query";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const { scope } = parseQuery(request, exportQuery);
    if (scope === "archive") assertCanReadArchive(await getActorFromRequest(request));
    return downloadExport(request, {
      variant: `${scope}.json`,
      produce: (write) => writeExportFile(scope, write),
      headers: (at) => ({
        "content-type": "application/json; charset=utf-8",
        ...attachment("json", at, scope === "archive" ? "parley-archive" : "parley-export"),
      }),
    });
  },
});
