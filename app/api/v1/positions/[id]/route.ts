// One position: GET reads it (with an ETag), PATCH changes the fields it names, DELETE
// retracts it. Changes need If-Match or the record's version.
import { readRecord, retractRecord, updateRecord, type ItemContext } from "@/lib/api/handlers";
import { positions } from "@/lib/api/resources/positions";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({
  GET: (request, context) => readRecord(request, positions, context),
  PATCH: (request, context) => updateRecord(request, positions, context),
  DELETE: (request, context) => retractRecord(request, positions, context),
});
