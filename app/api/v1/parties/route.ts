// GET lists parties (filters, cursor pages); POST creates one.
import { createRecord, listRecords } from "@/lib/api/handlers";
import { parties } from "@/lib/api/resources/parties";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: (request) => listRecords(request, parties),
  POST: (request) => createRecord(request, parties),
});
