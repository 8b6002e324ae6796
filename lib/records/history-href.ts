import { findRecordKind } from "./registry";

/** Where a record's history lives: under /history, unless its kind keeps it beside the record (positions). */
export function historyHref(entityType: string, id: string) {
  return findRecordKind(entityType)?.historyHref?.(id) ?? `/history/${entityType}/${encodeURIComponent(id)}`;
}
