// GET lists events (filters, cursor pages); POST creates one.
import { createRecord, listRecords } from "@/lib/api/handlers";
import { events } from "@/lib/api/resources/events";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: (request) => listRecords(request, events),
  POST: (request) => createRecord(request, events),
});
