// GET lists a resource's records (filters, cursor pages); POST creates one. The resource
// is the record kind whose API path the segment names (lib/records/registry.ts).
import { listRoutes } from "@/lib/api/resource-routes";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = listRoutes;
