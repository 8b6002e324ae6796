// A JSON Schema (from the OpenAPI document) as a readable table of fields: name, type,
// whether it is required, and what values it takes. Nested objects and lists of objects
// are shown inside their field's row; references link to the named schema below.

import { Prose } from "./prose";

export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  /** One of several named shapes (the export file: the reader export or the archive). */
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  description?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
};

const MAX_DEPTH = 4;

export function refName(ref: string) {
  return ref.split("/").at(-1)!;
}

/** "string", "integer or null", "list of object", "Position" … */
export function typeLabel(schema: Schema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.anyOf) return schema.anyOf.map(typeLabel).join(" or ");
  if (schema.enum) return typeof schema.enum[0] === "string" ? "string" : "value";
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return "any JSON";
  return types
    .map((t) => {
      if (t === "array") return `list of ${schema.items ? typeLabel(schema.items) : "any"}`;
      if (t === "object" && !schema.properties && schema.additionalProperties) return "object of named values";
      return t;
    })
    .join(" or ");
}

function constraints(schema: Schema): string[] {
  const out: string[] = [];
  const target = schema.anyOf?.find((s) => s.type !== "null") ?? schema;
  if (target.enum) out.push(`one of ${target.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  if (target.const !== undefined) out.push(`always ${JSON.stringify(target.const)}`);
  if (target.format) out.push(`format ${target.format}`);
  if (target.minLength !== undefined || target.maxLength !== undefined) {
    out.push(`${target.minLength ?? 0}–${target.maxLength ?? "∞"} characters`);
  }
  // z.int() states the safe-integer bounds: those are no limit a reader needs to know.
  const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  const min = bound(target.minimum) ?? (target.exclusiveMinimum !== undefined ? target.exclusiveMinimum + 1 : undefined);
  const max = bound(target.maximum);
  if (min !== undefined && max !== undefined) out.push(`${min} to ${max}`);
  else if (min !== undefined) out.push(`at least ${min}`);
  else if (max !== undefined) out.push(`at most ${max}`);
  if (target.minItems !== undefined || target.maxItems !== undefined) out.push(`${target.minItems ?? 0}–${target.maxItems ?? "∞"} items`);
  if (target.pattern && !target.format && target.pattern.length < 60) out.push(`matches ${target.pattern}`);
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  return out;
}

/** The object a field holds, if any: its own properties, or those of the objects in its list. */
function nestedObject(schema: Schema): Schema | null {
  const target = schema.anyOf?.find((s) => s.type !== "null") ?? schema;
  if (target.properties) return target;
  if (target.items?.properties) return target.items;
  return null;
}

/** `label` names the table's scrolling region apart from every other on the page ("Request body of POST /api/v1/…"). */
export function SchemaTable({ schema, caption, label, depth = 0 }: { schema: Schema; caption?: string; label: string; depth?: number }) {
  if (schema.$ref) {
    return (
      <p>
        <a href={`#schema-${refName(schema.$ref)}`}>{refName(schema.$ref)}</a>
      </p>
    );
  }
  if (!schema.properties) return <p className="text-muted">{typeLabel(schema)}</p>;
  const required = new Set(schema.required ?? []);
  return (
    // Focusable so keyboard users can scroll a wide table sideways.
    <div tabIndex={0} role="region" aria-label={label} className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        {caption && <caption className="mb-1 text-left font-medium">{caption}</caption>}
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-3">Field</th>
            <th scope="col" className="py-1 pr-3">Type</th>
            <th scope="col" className="py-1">About</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(schema.properties).map(([name, field]) => {
            const nested = depth < MAX_DEPTH ? nestedObject(field) : null;
            return (
              <tr key={name} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-3 font-mono font-normal">
                  {name}
                  {required.has(name) && <span className="ml-1 text-xs text-muted">(required)</span>}
                </th>
                <td className="py-1 pr-3">{typeLabel(field)}</td>
                <td className="py-1">
                  {field.description && <Prose text={field.description} />}
                  {constraints(field).length > 0 && <p className="text-muted">{constraints(field).join("; ")}</p>}
                  {nested && (
                    <div className="mt-1 border-l-2 border-line pl-3">
                      <SchemaTable schema={nested} label={`${label}: fields of ${name}`} depth={depth + 1} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
