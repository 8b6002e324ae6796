// One kind of record readers may see as CSV for spreadsheets (lib/export/csv-exports.ts),
// positions unless ?records= names another, streamed; with ?negotiation=, one negotiation's.
import { csvExportQuery } from "@/lib/api/schemas/exports";
import { idOrSlug } from "@/lib/api/list-query";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { attachment } from "@/lib/export/attachment";
import { writeCsvExport } from "@/lib/export/csv-export";
import { csvExports } from "@/lib/export/csv-exports";
import { downloadExport } from "@/lib/export/export-downloads";
import { methods } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/query";
import { refuseFiltersNamingNothing } from "@/lib/records/named-filters";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const { records, ...query } = parseQuery(request, csvExportQuery);
    const negotiation = query.negotiation ? await findNegotiation(query.negotiation) : null;
    // Positions keep the file names they always had; other records are named for what they are.
    const name = records === "positions" ? "parley-export" : (`parley-${records}` as const);
    return downloadExport(request, {
      // Each kind's and each negotiation's file is a reading of its own, shared by its downloads as the whole one is.
      variant: `reader.${records}${negotiation ? `.${negotiation.id}` : ""}.csv`,
      produce: (write) => writeCsvExport(csvExports[records], write, { negotiationId: negotiation?.id }),
      headers: (at) => ({
        "content-type": "text/csv; charset=utf-8; header=present",
        ...attachment("csv", at, negotiation ? `${name}-${negotiation.slug}` : name),
      }),
    });
  },
});

/** The negotiation readers may see by that id or slug; none is refused as the API's list filters refuse it. */
async function findNegotiation(value: string) {
  const found = await db.negotiation.findFirst({ where: { AND: [visibleNegotiation, idOrSlug(value)] }, select: { id: true, slug: true } });
  if (found) return found;
  await refuseFiltersNamingNothing({ negotiation: value });
  // Restored between the two reads: asked again, it will be found.
  throw new AppError("conflict", "The negotiation changed while the download was asked for; ask again");
}
