// GET: one change, with the record's state before and after it.
import type { ItemContext } from "@/lib/api/resource";
import { getRevisionItem } from "@/lib/api/revisions-resource";
import { getActorFromRequest } from "@/lib/auth/actor-from-request";
import { canEdit } from "@/lib/auth/permissions";
import { itemPath } from "@/lib/api/schemas/common";
import { revisionItem } from "@/lib/api/schemas/revisions";
import { AppError } from "@/lib/errors/app-error";
import { methods } from "@/lib/http/api-route";
import { recordResponse } from "@/lib/http/json-response";
import { parsePath, refuseQuery } from "@/lib/http/query";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({
  GET: async (request, { params }) => {
    refuseQuery(request);
    const { id } = parsePath(await params, itemPath, "revision");
    const found = await getRevisionItem(id, { editor: canEdit(await getActorFromRequest(request)) });
    if (!found) throw new AppError("not-found", `There is no revision “${id}”, or its record has been retracted`);
    const revision = revisionItem.parse(found);
    // A revision never changes: version 1 for ever.
    return recordResponse(request, { id: revision.id, version: 1 }, revision);
  },
});
