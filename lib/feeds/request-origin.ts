// The origin readers reached Parley at, for the absolute links a feed must carry. Behind
// `next start` request.url names the server's own address (localhost), and behind a proxy
// the public host arrives as X-Forwarded-Host; so the Host headers decide, and request.url
// only when they are missing or malformed.
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim() ?? "";
  const forwardedHost = first("x-forwarded-host");
  const host = [forwardedHost, first("host")].find((h) => HOST.test(h)) ?? url.host;
  const proto = first("x-forwarded-proto");
  const protocol = proto === "http" || proto === "https" ? proto : url.protocol.replace(/:$/, "");
  return `${protocol}://${host}`;
}
