// Query strings and path parameters are client input like any body: each is parsed with a
// Zod schema, so a bad `limit`, date or cursor is a 422 naming the parameter, never a 500.
import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

/**
 * The query string as an object: a parameter given once is a string, given twice a list
 * (which schemas refuse). It has no prototype, so a parameter named like one of an object's
 * own members (`toString`, `__proto__`) is a parameter like any other.
 */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of url.searchParams) {
    const seen = out[key];
    out[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return out;
}

export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const result = schema.safeParse(queryObject(new URL(request.url)), { error: choiceMessage });
  if (!result.success) {
    throw new AppError("validation", "Some query parameters need attention", { fieldErrors: queryErrors(result.error) });
  }
  return result.data;
}

const noParameters = z.strictObject({});

/**
 * For an operation that takes no query parameters: any given is refused, as a list refuses
 * one it does not know, rather than ignored unseen (a client's `?asOf=` on a record, or a
 * `?dryRun=` on a write, would otherwise be answered as if it had been heeded).
 */
export function refuseQuery(request: Request) {
  parseQuery(request, noParameters);
}

/**
 * A parameter that takes one of a list names the list in words. Passed per parse, so a
 * message a schema gives itself still wins; other issues keep theirs.
 */
function choiceMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_value" || issue.values.length < 2) return undefined;
  const name = issue.path?.map(String).join(".");
  return `Give ${name ? `“${name}”` : "it"} as one of: ${issue.values.map(String).join(", ")}`;
}

/** Path parameters that do not parse name no record: 404, with the reason. */
export function parsePath<S extends z.ZodType>(params: unknown, schema: S, noun: string): z.infer<S> {
  const result = schema.safeParse(params);
  if (!result.success) throw new AppError("not-found", `There is no such ${noun}: ${result.error.issues[0]?.message ?? "bad address"}`);
  return result.data;
}

/** Messages per parameter; an unknown parameter is named as its own field. */
function queryErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (out[key] ??= []).push(`Unknown query parameter “${key}”`);
      continue;
    }
    (out[issue.path.map(String).join(".")] ??= []).push(issue.message);
  }
  return out;
}
