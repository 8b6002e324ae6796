// GET lists positions (filters, asOf, cursor pages); POST records a new one.
import { createRecord, listRecords } from "@/lib/api/handlers";
import { positions } from "@/lib/api/resources/positions";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: (request) => listRecords(request, positions),
  POST: (request) => createRecord(request, positions),
});
