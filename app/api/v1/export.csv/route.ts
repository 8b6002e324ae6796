// Every position readers may see as CSV for spreadsheets (lib/export/export-positions-csv.ts),
// streamed; with ?negotiation=, one negotiation's.
import { csvExportQuery } from "@/lib/api/schemas/exports";
import { idOrSlug } from "@/lib/api/list-query";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { attachment } from "@/lib/export/attachment";
import { downloadExport } from "@/lib/export/export-downloads";
import { writePositionsCsv } from "@/lib/export/export-positions-csv";
import { methods } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/query";
import { refuseFiltersNamingNothing } from "@/lib/records/named-filters";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const query = parseQuery(request, csvExportQuery);
    const negotiation = query.negotiation ? await findNegotiation(query.negotiation) : null;
    return downloadExport(request, {
      // Each negotiation's file is a reading of its own, shared by its downloads as the whole one is.
      variant: negotiation ? `reader.${negotiation.id}.csv` : "reader.csv",
      produce: (write) => writePositionsCsv(write, { negotiationId: negotiation?.id }),
      headers: (at) => ({
        "content-type": "text/csv; charset=utf-8; header=present",
        ...attachment("csv", at, negotiation ? `parley-export-${negotiation.slug}` : "parley-export"),
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
