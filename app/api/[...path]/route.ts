// Addresses under /api that no API route serves — /api/v1 itself, another version, a typo
// before /v1 — are the API's too: a problem+json 404 naming the reference, not the site's
// HTML page. (/api alone is the reference page; app/api/v1/[...path] takes those below /api/v1.)
export { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } from "../v1/[...path]/route";
