// GET lists commitments (filters, cursor pages); POST creates one.
import { createRecord, listRecords } from "@/lib/api/handlers";
import { commitments } from "@/lib/api/resources/commitments";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: (request) => listRecords(request, commitments),
  POST: (request) => createRecord(request, commitments),
});
