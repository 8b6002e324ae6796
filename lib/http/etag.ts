// Entity tags from record versions. A record's version rises on every change, so its tag
// names one state of it; `If-Match` with a stale tag is refused rather than overwriting.

export function etagFor(id: string, version: number): string {
  return `"${id}.v${version}"`;
}

/** Tags listed in an If-Match / If-None-Match header (weak prefixes ignored); "*" matches any. */
export function parseEtagList(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .filter(Boolean);
}

export function etagMatches(header: string | null, etag: string): boolean {
  const tags = parseEtagList(header);
  return tags.includes("*") || tags.includes(etag);
}

/** The version an If-Match header names for this record, or null when it names another state. */
export function versionFromIfMatch(header: string | null, id: string): number | null | "any" {
  const tags = parseEtagList(header);
  if (tags.includes("*")) return "any";
  for (const t of tags) {
    const m = /^"(.+)\.v(\d+)"$/.exec(t);
    if (m && m[1] === id) return Number(m[2]);
  }
  return null;
}
