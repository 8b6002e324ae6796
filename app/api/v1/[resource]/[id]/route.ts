// One record: GET reads it (with an ETag), PATCH changes the fields it names, DELETE
// retracts it. Changes need If-Match or the record's version.
import { itemRoutes } from "@/lib/api/resource-routes";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = itemRoutes;
