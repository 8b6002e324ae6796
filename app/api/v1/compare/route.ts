// GET: parties side by side on a negotiation's issues, as the compare page shows them:
// each party's position (today's, or current on `asOf`) and the rules' class and reason.
import { compareForApi } from "@/lib/api/compare";
import { compareQuery, compareResult } from "@/lib/api/schemas/compare";
import { AppError } from "@/lib/errors/app-error";
import { methods } from "@/lib/http/api-route";
import { jsonResponse } from "@/lib/http/json-response";
import { parseQuery } from "@/lib/http/query";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const query = parseQuery(request, compareQuery);
    const result = await compareForApi(query);
    if (!result) throw new AppError("not-found", `There is no negotiation “${query.negotiation}”`);
    return jsonResponse(request, compareResult.parse(result));
  },
});
