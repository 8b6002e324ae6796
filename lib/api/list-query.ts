import "server-only";
// Pieces of the list queries every resource shares: text filters that behave alike on
// both engines, filters naming a record by id or slug, and keyset pagination by id.
import { engine } from "@/lib/db/client";
import { decodeCursor, pageOf } from "@/lib/http/cursor";

/** Case-insensitive "contains" on both engines (SQLite's LIKE already ignores ASCII case). */
export function contains(text: string): { contains: string } {
  return (engine === "postgres" ? { contains: text, mode: "insensitive" } : { contains: text }) as { contains: string };
}

export function idOrSlug(value: string) {
  return { OR: [{ id: value }, { slug: value }] };
}

/** Lists are ordered by id (which follows creation order), so a page starts after the last id seen. */
export function pageWindow({ cursor, limit }: { cursor?: string; limit: number }) {
  const after = decodeCursor(cursor);
  return { where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" as const }, take: limit + 1 };
}

export { pageOf };

export const iso = (date: Date) => date.toISOString();
export const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
