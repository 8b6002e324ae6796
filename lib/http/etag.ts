// Entity tags from record versions. A record's version rises on every change, so its tag
// names one state of it; `If-Match` with a stale tag is refused rather than overwriting.
// A tag may also carry a digest of the representation (`"id.v3.h…"`): some fields follow
// from other records (a statement becomes superseded when a newer one is recorded) without
// a new version, and a cache must not keep the old body. Writes compare the version only.
import { createHash } from "node:crypto";

export function etagFor(id: string, version: number, representation?: string): string {
  return representation === undefined ? `"${id}.v${version}"` : `"${id}.v${version}.h${digest(representation)}"`;
}

/** A weak tag for a representation that has no version of its own (lists, search results). */
export function weakEtagFor(representation: string): string {
  return `W/"${digest(representation)}"`;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 16);
}

/** Tags listed in an If-Match / If-None-Match header (weak prefixes ignored); "*" matches any. */
export function parseEtagList(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .filter(Boolean);
}

/** Weak comparison, as If-None-Match uses. */
export function etagMatches(header: string | null, etag: string): boolean {
  const tags = parseEtagList(header);
  return tags.includes("*") || tags.includes(etag.replace(/^W\//, ""));
}

/**
 * The version an If-Match header names for this record, or null when it names another state.
 * A header may list several tags, and matches when any of them does (RFC 9110, 13.1.1): so
 * when `current` is among the versions named it is the answer, else the first one named.
 * RFC 9110 compares If-Match tags strongly, so a weak tag would never match; Parley reads the
 * version inside one all the same, because a proxy that compresses answers on the way (as
 * nginx's gzip does) marks the tags it passes on weak, and the version still names one state
 * of the record: refusing it would refuse every save made through such a proxy.
 */
export function versionFromIfMatch(header: string | null, id: string, current?: number): number | null | "any" {
  const tags = parseEtagList(header);
  if (tags.includes("*")) return "any";
  const named: number[] = [];
  for (const t of tags) {
    const m = /^"(.+)\.v(\d{1,9})(?:\.h[A-Za-z0-9_-]+)?"$/.exec(t);
    if (m && m[1] === id) named.push(Number(m[2]));
  }
  if (current !== undefined && named.includes(current)) return current;
  return named[0] ?? null;
}
