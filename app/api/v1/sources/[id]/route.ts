// One source: GET reads it (with an ETag), PATCH changes the fields it names, DELETE
// retracts it. Changes need If-Match or the record's version.
import { readRecord, retractRecord, updateRecord, type ItemContext } from "@/lib/api/handlers";
import { sources } from "@/lib/api/resources/sources";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({
  GET: (request, context) => readRecord(request, sources, context),
  PATCH: (request, context) => updateRecord(request, sources, context),
  DELETE: (request, context) => retractRecord(request, sources, context),
});
