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
