// Sources are stored with http(s) URLs only, but a reader-facing link is the last place a
// `javascript:` or `data:` URL could do harm, so links are checked again where they are drawn.

/** The stored URL, unchanged, when it is an absolute http(s) URL; otherwise null. */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
