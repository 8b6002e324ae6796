// GET: a negotiation's areas as GeoJSON, with one party's claims when asked (lib/maps/areas-geojson.ts).
import { itemPath } from "@/lib/api/schemas/common";
import { getAreasGeoJson } from "@/lib/maps/areas-geojson";
import { areasGeoJson, areasGeoJsonQuery } from "@/lib/maps/areas-geojson-schema";
import { methods } from "@/lib/http/api-route";
import { jsonResponse } from "@/lib/http/json-response";
import { parsePath, parseQuery } from "@/lib/http/query";

type Context = { params: Promise<{ id: string }> };

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<Context>({
  GET: async (request, { params }) => {
    const { id } = parsePath(await params, itemPath, "negotiation");
    const query = parseQuery(request, areasGeoJsonQuery);
    const body = areasGeoJson.parse(await getAreasGeoJson(id, query));
    return jsonResponse(request, body, { headers: { "content-type": "application/geo+json; charset=utf-8" } });
  },
});
