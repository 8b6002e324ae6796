// One event: GET reads it (with an ETag), PATCH changes the fields it names, DELETE
// retracts it. Changes need If-Match or the record's version.
import { readRecord, retractRecord, updateRecord, type ItemContext } from "@/lib/api/handlers";
import { events } from "@/lib/api/resources/events";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({
  GET: (request, context) => readRecord(request, events, context),
  PATCH: (request, context) => updateRecord(request, events, context),
  DELETE: (request, context) => retractRecord(request, events, context),
});
