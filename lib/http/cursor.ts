// Opaque cursors for stable pagination: lists are ordered by id, and a cursor names the
// last id a page ended on, so pages never skip or repeat as records are added.
import { AppError } from "@/lib/errors/app-error";

export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof value?.after === "string" && value.after.length <= 200) return value.after;
  } catch {
    // fall through to the error below
  }
  throw new AppError("validation", "The cursor is not one this API gave out", { fieldErrors: { cursor: ["Unknown cursor"] } });
}

/** Takes one page from rows fetched with `take: limit + 1`. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const next = rows.length > limit ? encodeCursor(items.at(-1)!.id) : null;
  return { items, nextCursor: next };
}
