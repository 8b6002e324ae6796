// GET lists issues (filters, cursor pages); POST creates one.
import { createRecord, listRecords } from "@/lib/api/handlers";
import { issues } from "@/lib/api/resources/issues";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: (request) => listRecords(request, issues),
  POST: (request) => createRecord(request, issues),
});
