import "server-only";
// Revisions as readers may see them. A snapshot keeps the ids of the records it linked to,
// and a link may carry words of its own: a citation its quote and speaker, a seat its role.
// Once the linked record is hidden from readers (retracted, itself or a record it belongs
// to), readers see neither its name nor those words: the link keeps only its id, so a
// change to it still shows as a change. Editors see history whole.
import type { DbOrTx } from "@/lib/db/client";
import { referenceFields } from "@/lib/words/field-labels";
import { visibleIds } from "./record-refs";
import { findRecordKind } from "./registry";

/** The ids the snapshots link to, by the kind of record each names (lib/words/field-labels.ts). */
export function linkedIds(snapshots: unknown[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const collect = (value: unknown, field: string | null) => {
    const kind = field ? referenceFields[field] : undefined;
    if (typeof value === "string" && kind) {
      out.set(kind, (out.get(kind) ?? new Set()).add(value));
    } else if (Array.isArray(value)) {
      for (const item of value) collect(item, field);
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) collect(inner, key in referenceFields ? key : null);
    }
  };
  for (const snapshot of snapshots) collect(snapshot, null);
  return out;
}

/** The records the snapshots link to that readers may not see, keyed "kind:id". */
export async function hiddenLinks(db: DbOrTx, snapshots: unknown[]): Promise<Set<string>> {
  const found = await Promise.all(
    [...linkedIds(snapshots)].map(async ([type, ids]) => {
      const kind = findRecordKind(type);
      if (!kind) return [];
      const shown = await visibleIds(db, kind, [...ids]);
      return [...ids].filter((id) => !shown.has(id)).map((id) => `${type}:${id}`);
    }),
  );
  return new Set(found.flat());
}

/** `snapshot` with each listed link to a hidden record (a citation, a seat) cut down to the link itself. */
export function withoutHiddenLinks<T>(snapshot: T, hidden: ReadonlySet<string>): T {
  if (hidden.size === 0) return snapshot;
  const links = (item: Record<string, unknown>) =>
    Object.entries(item).find(([key, value]) => typeof value === "string" && key in referenceFields && hidden.has(`${referenceFields[key]}:${value}`));
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.map((item) => {
        const hiddenLink = item && typeof item === "object" && !Array.isArray(item) ? links(item as Record<string, unknown>) : undefined;
        return hiddenLink ? Object.fromEntries([hiddenLink]) : walk(item);
      });
    }
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  return walk(snapshot) as T;
}
