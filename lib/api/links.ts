// Where the next page is: in the body (relative, so a body reads the same on every host)
// and in a Link header (absolute, as RFC 8288 clients expect).

export function listLinks(request: Request, nextCursor: string | null) {
  const url = new URL(request.url);
  const self = `${url.pathname}${url.search}`;
  let next: string | null = null;
  if (nextCursor) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("cursor", nextCursor);
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  const headers: Record<string, string> = next ? { link: `<${new URL(next, url).toString()}>; rel="next"` } : {};
  return { body: { self, next }, headers };
}

export const apiPath = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join("/")}`;
