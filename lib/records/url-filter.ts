// A URL parameter naming one record by slug, as the site-wide lists take it (`?negotiation=`,
// `?party=`). A slug that names no record readers see is reported to the reader rather than
// thrown, and the list shows every record's.

export type UrlFilter = { kind: "none" } | { kind: "found"; slug: string; title: string } | { kind: "unknown"; text: string };

export async function readUrlFilter(value: string | string[] | undefined, find: (slug: string) => Promise<{ slug: string; title: string } | null>): Promise<UrlFilter> {
  const text = (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  if (text === "") return { kind: "none" };
  const found = text.length <= 200 ? await find(text) : null;
  return found ? { kind: "found", ...found } : { kind: "unknown", text: text.length > 40 ? `${text.slice(0, 40)}…` : text };
}

/** The slug to pass to list functions: only a record found counts. */
export const filterSlug = (filter: UrlFilter) => (filter.kind === "found" ? filter.slug : undefined);

/** A list's address with the filters given (those without a value left out): `/events?party=a`. */
export function listAddress(path: string, filters: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(filters).flatMap(([name, value]) => (value ? [[name, value]] : []))).toString();
  return query ? `${path}?${query}` : path;
}

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/**
 * A filter form sends every filter, "" for "every": the address to share names only those
 * chosen. The tidy address (filters in the order of `names`) when `given` holds an empty one;
 * null when it holds none.
 */
export function tidyListAddress(path: string, given: Record<string, string | string[] | undefined>, names: readonly string[]): string | null {
  if (!names.some((name) => given[name] !== undefined && firstOf(given[name]) === "")) return null;
  return listAddress(path, Object.fromEntries(names.map((name) => [name, firstOf(given[name]) || undefined])));
}
