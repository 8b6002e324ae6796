import "server-only";
// Pieces of the list queries every resource shares: text filters that behave alike on
// both engines, filters naming a record by id or slug, and keyset pagination by id.
import { engine } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { decodeCursor, pageOf } from "@/lib/http/cursor";
import { apiPath } from "./links";

/**
 * Case-insensitive "contains" on both engines (SQLite's LIKE already ignores ASCII case),
 * where every character means itself: `%`, `_` and `\` are escaped, as both engines' LIKE
 * read a backslash (on SQLite, lib/db/sqlite-like-escape.ts).
 */
export function contains(text: string): { contains: string } {
  const literal = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return (engine === "postgres" ? { contains: literal, mode: "insensitive" } : { contains: literal }) as { contains: string };
}

export function idOrSlug(value: string) {
  return { OR: [{ id: value }, { slug: value }] };
}

/** Lists are ordered by id (unique and never changed; not creation order where ids are readable slugs), so a page starts after the last id seen. */
export function pageWindow({ cursor, limit }: { cursor?: string; limit: number }) {
  const after = decodeCursor(cursor);
  return { where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" as const }, take: limit + 1 };
}

export { pageOf };

export const iso = (date: Date) => date.toISOString();
export const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type Window = { where: { AND: object[] }; orderBy: { id: "asc" }; take: number };

/**
 * One page of a list: `find` reads the rows matching every filter within the page's
 * window (the caller's findMany with its select), and each row becomes an item.
 */
export async function listPage<Row extends { id: string }, Item>(
  query: { cursor?: string; limit: number },
  filters: object[],
  find: (window: Window) => Promise<Row[]>,
  toItem: (row: Row) => Item,
) {
  const window = pageWindow(query);
  const rows = await find({ where: { AND: [...filters, window.where] }, orderBy: window.orderBy, take: window.take });
  const page = pageOf(rows, query.limit);
  return { items: page.items.map(toItem), nextCursor: page.nextCursor };
}

/** The moments every record's item carries, as ISO text. */
export function recordTimes(row: { createdAt: Date; updatedAt: Date }) {
  return { createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

/** The links every record's item carries: its own address (by `key`, its slug or id) and its history. */
export function recordLinks(path: string, key: string, entityType: string, id: string) {
  return { self: apiPath(path, key), history: `/api/v1/revisions?entityType=${entityType}&entityId=${encodeURIComponent(id)}` };
}

/**
 * The record named by `value`: by id, or by a slug when only one negotiation has a record of
 * this kind with it (slugs of issues and areas are unique within a negotiation only).
 * `find` reads up to three rows matching `idOrSlug(value)`; an ambiguous slug is a
 * validation error that says how to name the record instead.
 */
export async function findByIdOrUniqueSlug<Row extends { id: string }>(
  value: string,
  find: (where: ReturnType<typeof idOrSlug>) => Promise<Row[]>,
  { noun, path }: { noun: string; path: string },
): Promise<Row | null> {
  const rows = await find(idOrSlug(value));
  const row = rows.find((r) => r.id === value) ?? (rows.length === 1 ? rows[0] : undefined);
  if (!row && rows.length > 1) {
    throw new AppError("validation", `Several negotiations use this slug for their ${noun}s`, {
      fieldErrors: { id: [`Several ${noun}s use the slug “${value}”: use the ${noun}'s id (see /api/v1/${path}?negotiation=…)`] },
    });
  }
  return row ?? null;
}
