// Zod schemas as JSON Schema 2020-12, the dialect of OpenAPI 3.1. A field is listed as
// required only when the schema refuses a missing value: fields that default or turn a
// missing value into null are optional to send, whatever their parsed type says.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as z.ZodType)._zod.def as { type: string; shape?: Record<string, z.ZodType> };
      if (io !== "input" || def.type !== "object" || !def.shape) return;
      const required = Object.entries(def.shape)
        .filter(([, field]) => !field.safeParse(undefined).success)
        .map(([key]) => key);
      if (required.length) jsonSchema.required = required;
      else delete jsonSchema.required;
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** Whether a query or body field may be left out. */
export function isOptional(field: z.ZodType): boolean {
  return field.safeParse(undefined).success;
}
