// POST: undo a retraction, so readers see the record again. Needs If-Match or version.
import { restoreRecord, type ItemContext } from "@/lib/api/handlers";
import { issues } from "@/lib/api/resources/issues";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({
  POST: (request, context) => restoreRecord(request, issues, context),
});
