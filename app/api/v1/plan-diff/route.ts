// GET: what changed between two plans of one negotiation, point by point, as the plan diff
// page shows it.
import { planDiffForApi } from "@/lib/api/plan-diff";
import { planDiffQuery, planDiffResult } from "@/lib/api/schemas/plan-diff";
import { AppError } from "@/lib/errors/app-error";
import { methods } from "@/lib/http/api-route";
import { jsonResponse } from "@/lib/http/json-response";
import { parseQuery } from "@/lib/http/query";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const query = parseQuery(request, planDiffQuery);
    const result = await planDiffForApi(query);
    if (!result) throw new AppError("not-found", "There are no two plans readers can see with these ids in one negotiation");
    return jsonResponse(request, planDiffResult.parse(result));
  },
});
