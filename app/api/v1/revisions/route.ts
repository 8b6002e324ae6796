// GET: every change to every record, newest first by recording date; or one record's
// history (entityType + entityId). Read-only: history is never rewritten.
import { pageResponse } from "@/lib/api/handlers";
import { getActorFromRequest } from "@/lib/auth/actor-from-request";
import { canEdit } from "@/lib/auth/permissions";
import { listRevisionItems } from "@/lib/api/revisions-resource";
import { revisionItem, revisionListQuery } from "@/lib/api/schemas/revisions";
import { methods } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/query";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async (request) => {
    const query = parseQuery(request, revisionListQuery);
    const page = await listRevisionItems(query, { editor: canEdit(await getActorFromRequest(request)) });
    return pageResponse(request, revisionItem, page);
  },
});
