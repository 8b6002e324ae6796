// Reads a JSON request body defensively: the media type, the size and the syntax are each
// checked with their own status, so a client learns exactly what to fix.
import { AppError } from "@/lib/errors/app-error";
import { decodeUtf8 } from "@/lib/validation/utf8";
import { HttpError } from "./http-error";

export { HttpError };

export const MAX_BODY_BYTES = 256 * 1024;

export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:merge-patch\+)?json\b/i.test(type.trim())) {
    throw new HttpError(415, `Send the body as application/json (got ${type ? `"${type.slice(0, 80)}"` : "no Content-Type"})`);
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `The body may be at most ${MAX_BODY_BYTES} bytes`);

  const text = bodyText(await readLimited(request), type);
  if (text.trim() === "") throw new HttpError(400, "The request body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `The body is not valid JSON: ${(error as Error).message}`);
  }
}

/** The body as text: JSON is UTF-8 (RFC 8259), whatever charset the Content-Type names. */
function bodyText(bytes: Uint8Array, type: string): string {
  const text = decodeUtf8(bytes);
  if (text !== null) return text;
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
  const declared = charset && !/^utf-?8$/i.test(charset) ? ` (it was sent as ${charset.slice(0, 40)})` : "";
  throw new HttpError(400, `The body is not valid UTF-8${declared}: send JSON encoded as UTF-8`);
}

async function readLimited(request: Request): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new HttpError(413, `The body may be at most ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** A JSON object body, or a validation error naming the problem. */
export function expectObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new AppError("validation", "The body must be a JSON object", { fieldErrors: { "": ["Expected a JSON object"] } });
  }
  return body as Record<string, unknown>;
}
