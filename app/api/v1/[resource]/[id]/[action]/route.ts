// POST: an action on one record — restore (undo a retraction), and those a resource adds
// (a position's supersede and withdraw). Needs If-Match or the record's version.
import { actionRoutesOf } from "@/lib/api/resource-routes";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = actionRoutesOf;
