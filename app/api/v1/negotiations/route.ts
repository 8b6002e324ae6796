// GET lists negotiations (filters, cursor pages); POST creates one.
import { createRecord, listRecords } from "@/lib/api/handlers";
import { negotiations } from "@/lib/api/resources/negotiations";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: (request) => listRecords(request, negotiations),
  POST: (request) => createRecord(request, negotiations),
});
