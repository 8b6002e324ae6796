// GET lists sources (filters, cursor pages); POST creates one.
import { createRecord, listRecords } from "@/lib/api/handlers";
import { sources } from "@/lib/api/resources/sources";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: (request) => listRecords(request, sources),
  POST: (request) => createRecord(request, sources),
});
