// The OpenAPI 3.1 document, generated from the operation registry and the Zod schemas
// the handlers validate with (JSON Schema 2020-12 is OpenAPI 3.1's own dialect).
import { MAX_BODY_BYTES } from "@/lib/http/read-json";
import { termsSchemaByKind } from "@/lib/terms";
import { issueKinds } from "@/lib/vocab";
import { isOptional, jsonSchemaOf, type JsonSchema } from "./json-schema";
import { operations, type Operation } from "./registry";
import { problemSchema } from "./schemas/common";

type OpenApiDocument = {
  openapi: "3.1.0";
  info: Record<string, unknown>;
  servers: { url: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
};

const statusText: Record<number, string> = {
  304: "Not modified: the ETag in If-None-Match is still current",
  400: "Malformed JSON body",
  401: "No valid credentials: sign in, or send Authorization: Bearer <token>",
  403: "Not allowed: a read-only token, an account that may not edit, or a cross-site request with a session cookie",
  404: "No such record (or it was retracted)",
  409: "Conflict: the body's version is stale, or the record's state forbids the change; `current` holds the record now",
  412: "Precondition failed: If-Match names a stale version; `current` holds the record now",
  413: `Body larger than ${MAX_BODY_BYTES} bytes`,
  415: "Body not sent as application/json",
  422: "Invalid fields or parameters; `errors` holds messages per field path",
  428: "Precondition required: send If-Match or the record's version",
  429: "Too many requests from this address at once: wait as Retry-After says",
  503: "The server is busy with other requests of this kind: wait as Retry-After says",
};

const retryAfter = { "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" } } };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function parameters(op: Operation) {
  const list: Record<string, unknown>[] = [];
  for (const [where, schema] of [["path", op.pathParams], ["query", op.query]] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      const json = jsonSchemaOf(field, "input");
      const { description, ...rest } = json;
      list.push({
        name,
        in: where,
        required: where === "path" || !isOptional(field),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  if (op.conditional === "read") {
    list.push({ name: "If-None-Match", in: "header", required: false, description: "An ETag you hold: 304 if it is still current", schema: { type: "string" } });
  }
  if (op.conditional === "write") {
    list.push({ name: "If-Match", in: "header", required: false, description: "The ETag of the state you started from (or send `version` in the body)", schema: { type: "string" } });
  }
  return list;
}

const etagHeader = { description: "The entity tag of this answer", schema: { type: "string" } };

function responses(op: Operation) {
  const out: Record<string, unknown> = {};
  const { success } = op;
  const headers: Record<string, unknown> = {};
  // A write's 204 names the state it left (a retraction's ETag, for a restore); a body's tag
  // is sent unless the body is a file sent as it is read.
  const tagged = success.status === 204 ? op.conditional === "write" : !!success.schema && !success.streamed;
  if (tagged) headers.ETag = etagHeader;
  if (success.status === 201) headers.Location = { description: "The new record's address", schema: { type: "string" } };
  if (op.success.name?.endsWith("List")) {
    headers.Link = { description: 'The next page, as <url>; rel="next"', schema: { type: "string" } };
  }
  const bodySchema = success.or && success.name ? { oneOf: [ref(success.name), ref(success.or.name)] } : success.name ? ref(success.name) : { type: "object" };
  out[String(success.status)] = {
    description: success.description,
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(success.status === 204
      ? {}
      : success.contentType === "text/csv"
        ? { content: { "text/csv": { schema: { type: "string" } } } }
        : { content: { [success.contentType ?? "application/json"]: { schema: bodySchema } } }),
  };
  if (op.alsoSuccess) out[String(op.alsoSuccess.status)] = { description: op.alsoSuccess.description, headers: { ETag: etagHeader } };
  // Only an answer that carries an ETag can be asked for again with If-None-Match.
  if (op.method === "get" && !success.streamed) out["304"] = { description: statusText[304] };
  for (const status of op.errors) {
    out[String(status)] = {
      description: statusText[status],
      ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
      content: { "application/problem+json": { schema: ref("Problem") } },
    };
  }
  return out;
}

let built: OpenApiDocument | null = null;

export function buildOpenApiDocument(): OpenApiDocument {
  if (built) return built;
  const schemas: Record<string, JsonSchema> = { Problem: jsonSchemaOf(problemSchema, "output") };
  for (const kind of issueKinds) {
    const name = `Terms${kind.split("-").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("")}`;
    schemas[name] = { ...jsonSchemaOf(termsSchemaByKind[kind], "input"), description: `Structured terms of a ${kind} issue's positions` };
  }
  const paths: OpenApiDocument["paths"] = {};
  const tags = new Map<string, string | undefined>();
  for (const op of operations) {
    if (op.success.name && op.success.schema) schemas[op.success.name] ??= jsonSchemaOf(op.success.schema, "output");
    if (op.success.or) schemas[op.success.or.name] ??= jsonSchemaOf(op.success.or.schema, "output");
    if (op.body) schemas[op.body.name] ??= jsonSchemaOf(op.body.schema, "input");
    tags.set(op.tag, tags.get(op.tag));
    (paths[op.path] ??= {})[op.method] = {
      operationId: operationId(op),
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      parameters: parameters(op),
      ...(op.body
        ? {
            requestBody: {
              required: op.method !== "delete" && !op.path.endsWith("/restore"),
              content: {
                "application/json": {
                  schema: ref(op.body.name),
                  ...(op.body.example ? { example: op.body.example } : {}),
                },
              },
            },
          }
        : {}),
      responses: responses(op),
      ...(op.write ? { security: [{ bearerToken: [] }, { sessionCookie: [] }] } : {}),
      // Open to anyone; credentials unlock more (the full archive).
      ...(op.credentials === "optional" ? { security: [{}, { bearerToken: [] }, { sessionCookie: [] }] } : {}),
    };
  }
  built = {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version: "1",
      summary: "Peace negotiations: every party's positions, sourced and revertible.",
      description:
        "JSON over HTTP. Reads are open to anyone and any origin (CORS). Writes need an editor: an API token with write scope (`Authorization: Bearer …`) or a signed-in session from Parley's own pages. Errors are application/problem+json (RFC 9457) with messages per field. Records carry an ETag; changes name the version they start from (If-Match or `version`), so two editors never silently overwrite each other.",
    },
    servers: [{ url: "/api/v1" }],
    tags: [...tags.keys()].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token an admin issued (write scope to change records; either scope for the full archive)" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "parley_session", description: "A signed-in editor's session; only from Parley's own pages" },
      },
    },
  };
  return built;
}

function operationId(op: Operation) {
  const words = op.path
    .split("/")
    .filter(Boolean)
    .map((w) => (w === "{id}" ? "ById" : w.replace(/\.json$/, "").replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())));
  return `${op.method}${words.join("")}`;
}
