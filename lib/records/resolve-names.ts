import "server-only";
import { db } from "@/lib/db/client";
import { referenceFields } from "@/lib/words/field-labels";
import type { RecordRef } from "./record-kind";
import { recordKind } from "./registry";

/** Names keyed "kind:id", for every record a set of snapshots or inputs refers to. */
export type NameMap = Record<string, string>;

function collect(value: unknown, field: string | null, out: Map<string, Set<string>>) {
  const kind = field ? referenceFields[field] : undefined;
  if (typeof value === "string" && kind) {
    out.set(kind, (out.get(kind) ?? new Set()).add(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, field, out);
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) collect(inner, key in referenceFields ? key : null, out);
  }
}

/** Every record the snapshots point at, as it is now (retracted ones too, as history shows them), keyed "kind:id". */
export async function resolveRefs(snapshots: unknown[]): Promise<Map<string, RecordRef>> {
  const wanted = new Map<string, Set<string>>();
  for (const snapshot of snapshots) collect(snapshot, null, wanted);
  const found = await Promise.all(
    [...wanted].map(async ([kind, ids]) => (await recordKind(kind).refs(db, [...ids])).map((ref) => [`${kind}:${ref.id}`, ref] as const)),
  );
  return new Map(found.flat());
}

/** Readable names for the ids in snapshots or inputs. */
export async function resolveNames(snapshots: unknown[]): Promise<NameMap> {
  const refs = await resolveRefs(snapshots);
  return Object.fromEntries([...refs].map(([key, ref]) => [key, ref.name]));
}
