// What the API knows about one kind of record: its schemas (which the handlers validate
// with and the OpenAPI document is generated from) and the domain functions behind each
// method. each kind's <kind>-api.ts defines one; lib/api/handlers.ts serves any of them.
import { z } from "zod";
import type { CreateArgs, RetractArgs, UpdateArgs } from "@/lib/revisions/edit-commands";
import { knownFieldsOnly } from "@/lib/validation/text-field";
import { revertRevisionId, writeNote, writeVersion } from "./schemas/common";

export type ListPage<T> = { items: T[]; nextCursor: string | null };
export type ApiRecord = { id: string; version: number };

type Written = Promise<{ id: string; version: number }>;

/** What Next.js hands a route on one record (/api/v1/<path>/{id}…): its id, once awaited. */
export type ItemContext = { params: Promise<{ id: string }> };

/**
 * An action on one record beyond read, change, retract and restore (a position's
 * supersede): served at POST /api/v1/<path>/{id}/<name> and documented from `operation`.
 */
export type ResourceAction = {
  handler(request: Request, context: ItemContext, resource: ApiResource): Promise<Response>;
  operation: {
    summary: string;
    description: string;
    body: { schema: z.ZodType; name: string; example?: unknown };
    success: { status: 200 | 201; schema: z.ZodType; name: string; description: string };
    errors: number[];
  };
};

export type ResourceSpec<Item extends ApiRecord, Query> = {
  /** The path segment under /api/v1 ("positions"). */
  path: string;
  /** How messages name one record ("position"). */
  noun: string;
  /** The OpenAPI tag and the reference page's heading. */
  tag: string;
  description: string;
  /** The record kind behind the resource (lib/records/registry.ts). */
  entityType: string;
  /** The record as the API answers with it. */
  item: z.ZodType<Item>;
  /** The list's query parameters. */
  listQuery: z.ZodType<Query>;
  /** List filters named for their meaning rather than the kind of record they name (areas' `heldBy`: a party). */
  namedFilters?: Record<string, string>;
  /** The domain's input schema: the fields a new record takes. */
  input: z.ZodObject;
  /** Whether `/{id}` also accepts the record's slug. */
  acceptsSlug: boolean;
  /** Slugs unique within a negotiation only (issues, areas): a slug two negotiations share names no one record, and is refused (422). */
  slugWithinNegotiation?: boolean;
  /** An example of a new record's fields, for the reference page. */
  example: Record<string, unknown>;
  list(query: Query): Promise<ListPage<Item>>;
  /** The record as readers see it, by id (or slug); null when there is none or it is retracted. */
  get(idOrSlug: string): Promise<Item | null>;
  create(args: CreateArgs): Written;
  update(args: UpdateArgs): Written;
  retract(args: RetractArgs): Written;
  restore(args: RetractArgs): Written;
  /** Actions of this resource's own, by the path segment that names them. */
  actions?: Record<string, ResourceAction>;
};

export type ApiResource<Item extends ApiRecord = ApiRecord, Query = unknown> = ResourceSpec<Item, Query> & {
  /** POST: the record's fields and an optional note. */
  createBody: z.ZodObject;
  /** PATCH: any of the record's fields (the rest stay as they are), the version and a note. */
  patchBody: z.ZodObject;
  /** DELETE: the version and a note, both optional (If-Match can give the version). */
  deleteBody: z.ZodObject;
  /** POST …/revert: the revision to go back to, the version and a note. */
  revertBody: z.ZodObject;
};

export function defineResource<Item extends ApiRecord, Query>(spec: ResourceSpec<Item, Query>): ApiResource<Item, Query> {
  const shape = spec.input.shape;
  const optional = Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.optional()]));
  return {
    ...spec,
    createBody: z.strictObject({ ...shape, note: writeNote.optional() }, knownFieldsOnly),
    patchBody: z.strictObject({ ...optional, version: writeVersion.optional(), note: writeNote.optional() }, knownFieldsOnly),
    deleteBody: z.strictObject({ version: writeVersion.optional(), note: writeNote.optional() }, knownFieldsOnly),
    revertBody: z.strictObject({ revisionId: revertRevisionId, version: writeVersion.optional(), note: writeNote.optional() }, knownFieldsOnly),
  };
}
