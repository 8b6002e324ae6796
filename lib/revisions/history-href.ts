import type { EntityType } from "./record-revision";

/** Where a record's history lives: positions beside the position, the rest under /history. */
export function historyHref(entityType: EntityType, id: string) {
  const safeId = encodeURIComponent(id);
  return entityType === "position" ? `/positions/${safeId}/history` : `/history/${entityType}/${safeId}`;
}
