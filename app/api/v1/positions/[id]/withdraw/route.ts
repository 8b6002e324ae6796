// POST: mark this statement withdrawn from a date; the party's previous one is current again.
import type { ItemContext } from "@/lib/api/handlers";
import { withdraw } from "@/lib/api/position-actions";
import { methods } from "@/lib/http/api-route";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods<ItemContext>({ POST: withdraw });
