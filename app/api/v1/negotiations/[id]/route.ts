// One negotiation: GET reads it (with an ETag), PATCH changes the fields it names, DELETE
// retracts it. Changes need If-Match or the record's version.
import { readRecord, retractRecord, updateRecord, type ItemContext } from "@/lib/api/handlers";
import { negotiations } from "@/lib/api/resources/negotiations";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({
  GET: (request, context) => readRecord(request, negotiations, context),
  PATCH: (request, context) => updateRecord(request, negotiations, context),
  DELETE: (request, context) => retractRecord(request, negotiations, context),
});
