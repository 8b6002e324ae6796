// A curl command for an operation, with the example body where the document has one.

type Example = {
  method: string;
  path: string;
  write: boolean;
  conditional: boolean;
  body?: unknown;
  query?: string;
  /** Records of this install to read, by collection ("negotiations" → its slug), so a reader can run the example as is. */
  ids?: Record<string, string>;
};

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlExample(origin: string, { method, path, write, conditional, body, query, ids = {} }: Example): string {
  const collection = path.split("/")[1] ?? "";
  const id = (method === "get" && ids[collection]) || "<id>";
  const url = `${origin}/api/v1${path.replace("{id}", id)}${query ? `?${query}` : ""}`;
  const lines = [`curl -i${method === "get" ? "" : ` -X ${method.toUpperCase()}`} ${quote(url)}`];
  if (write) lines.push(`-H "Authorization: Bearer $PARLEY_TOKEN"`);
  if (conditional && method !== "get") lines.push(`-H 'If-Match: "<ETag from GET>"'`);
  if (body !== undefined) {
    lines.push(`-H 'Content-Type: application/json'`);
    lines.push(`--data ${quote(JSON.stringify(body))}`);
  }
  return lines.join(" \\\n  ");
}
