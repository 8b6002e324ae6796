// What every answer over HTTPS carries, pages (proxy.ts) and API (lib/http/api-route.ts)
// alike: browsers keep to HTTPS for this site for two years.
export const STRICT_TRANSPORT = "max-age=63072000";
