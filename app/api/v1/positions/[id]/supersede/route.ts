// POST: record the party's newer statement on the same issue, superseding this one.
import type { ItemContext } from "@/lib/api/handlers";
import { supersede } from "@/lib/api/position-actions";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({ POST: supersede });
