import "server-only";
// Where each search hit leads, as each kind says (its `search.links`): one query per kind
// that needs one, whatever the number of hits.
import { db } from "@/lib/db/client";
import { recordKind } from "@/lib/records/registry";
import type { SearchHit } from "./search";
import type { HitLink } from "./search-kind";

export type { HitLink };

export async function listHitLinks(hits: readonly Pick<SearchHit, "kind" | "id">[]): Promise<Map<string, HitLink>> {
  const kinds = [...new Set(hits.map((h) => h.kind))];
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const ids = hits.filter((h) => h.kind === kind).map((h) => h.id);
      const links = await recordKind(kind).search!.links(db, ids);
      return [...links].map(([id, link]) => [key({ kind, id }), link] as const);
    }),
  );
  return new Map(found.flat());
}

export function hitKey(hit: Pick<SearchHit, "kind" | "id">): string {
  return key(hit);
}

function key(hit: Pick<SearchHit, "kind" | "id">) {
  return `${hit.kind}:${hit.id}`;
}
