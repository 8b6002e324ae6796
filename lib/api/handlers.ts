import "server-only";
// The five doors every record kind has — list, read, create, change, retract — each
// parse → call the domain → map, for any resource defined in lib/api/resources.
import type { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { etagFor } from "@/lib/http/etag";
import { jsonResponse, recordResponse } from "@/lib/http/json-response";
import { parsePath, parseQuery } from "@/lib/http/query";
import { expectObject, readJson } from "@/lib/http/read-json";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import { recordKind } from "@/lib/records/registry";
import { revertToRevision } from "@/lib/records/revert-to-revision";
import { editorFrom } from "./editor";
import { absoluteUrl, listLinks } from "./links";
import { refuseFiltersNamingNothing } from "@/lib/records/named-filters";
import { patchOverStored } from "./merge-base";
import type { ApiRecord, ApiResource, ItemContext, ListPage } from "./resource";
import { itemPath } from "./schemas/common";
import { conflictAnswer, expectedVersion } from "./versions";

export async function listRecords<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>) {
  const query = parseQuery(request, resource.listQuery);
  await refuseFiltersNamingNothing(query as Record<string, unknown>, resource.namedFilters);
  const page = await resource.list(query);
  return pageResponse(request, resource.item, page);
}

/** A page of items, each parsed with its output schema, with links to the next page. */
export function pageResponse<T>(request: Request, item: z.ZodType<T>, page: ListPage<unknown>) {
  const links = listLinks(request, page.nextCursor);
  const body = { items: page.items.map((i) => item.parse(i)), nextCursor: page.nextCursor, links: links.body };
  return jsonResponse(request, body, { headers: links.headers });
}

async function found<I extends ApiRecord, Q>(resource: ApiResource<I, Q>, context: ItemContext) {
  const { id } = parsePath(await context.params, itemPath, resource.noun);
  const item = await resource.get(id);
  if (!item) throw new AppError("not-found", `There is no ${resource.noun} “${id}”: it may never have existed, or it was retracted`);
  return resource.item.parse(item);
}

export async function readRecord<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>, context: ItemContext) {
  const item = await found(resource, context);
  return recordResponse(request, item, item);
}

export async function createRecord<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>) {
  const actor = await editorFrom(request);
  const raw = expectObject(await readJson(request));
  parseOrThrow(resource.createBody, raw);
  const { note, ...input } = raw;
  const created = await resource.create({ input, actor, note: note as string | null | undefined });
  const item = resource.item.parse(await resource.get(created.id));
  const location = absoluteUrl(request, `/api/v1/${resource.path}/${item.id}`);
  return recordResponse(request, item, item, { status: 201, headers: { location } });
}

export async function updateRecord<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>, context: ItemContext) {
  const actor = await editorFrom(request);
  // PATCH changes only the fields it names: the rest are the record's as stored, read
  // alongside the record as readers see it (which gives the 404 and the ETag). The path
  // may name the record by slug; then the stored fields are read again, by id.
  const { id } = parsePath(await context.params, itemPath, resource.noun);
  const [current, byPath] = await Promise.all([found(resource, context), getRecordSnapshot({ entityType: resource.entityType, id })]);
  const snapshot = byPath?.id === current.id ? byPath : await getRecordSnapshot({ entityType: resource.entityType, id: current.id });
  const raw = expectObject(await readJson(request));
  const { version, note } = parseOrThrow(resource.patchBody, raw) as { version?: number; note?: string | null };
  const expected = expectedVersion(request, current, version, resource.noun);
  const { version: _v, note: _n, ...changes } = raw;
  const stored = recordKind(resource.entityType).writer.toInput(snapshot!, snapshot) as Record<string, unknown>;
  const write = expected.any
    ? patchOverStored(resource.entityType, current.id, changes, (base) => resource.update({ id: current.id, ...base, actor, note }))
    : resource.update({ id: current.id, version: expected.version, input: { ...stored, ...changes }, actor, note });
  await write.catch((error) => conflictAnswer(error, expected, resource.noun, () => resource.get(current.id)));
  const item = resource.item.parse(await resource.get(current.id));
  return recordResponse(request, item, item);
}

export async function retractRecord<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>, context: ItemContext) {
  const actor = await editorFrom(request);
  const current = await found(resource, context);
  const raw = hasBody(request) ? expectObject(await readJson(request)) : {};
  const { version, note } = parseOrThrow(resource.deleteBody, raw) as { version?: number; note?: string | null };
  const expected = expectedVersion(request, current, version, resource.noun);
  const retracted = await resource
    .retract({ id: current.id, version: expected.version, actor, note })
    .catch((error) => conflictAnswer(error, expected, resource.noun, () => resource.get(current.id)));
  // Readers no longer see the record, but the tag names its retracted state, for a restore.
  return new Response(null, { status: 204, headers: { etag: etagFor(retracted.id, retracted.version) } });
}

/**
 * The editor asking, and the record by id only, retracted or not (its slug may have been
 * reused). Readers' view has no retracted record: a conflict over one names what a client can
 * act on (its version, and when it was retracted), not Parley's stored snapshot.
 */
async function storedForEditor<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>, context: ItemContext) {
  const actor = await editorFrom(request);
  const { id } = parsePath(await context.params, itemPath, resource.noun);
  const snapshot = (await getRecordSnapshot({ entityType: resource.entityType, id })) as (ApiRecord & { retractedAt?: unknown }) | null;
  if (!snapshot) throw new AppError("not-found", `There is no ${resource.noun} with the id “${id}”`);
  return { actor, id, retracted: { id: snapshot.id, version: snapshot.version, retractedAt: snapshot.retractedAt ?? null } };
}

/** Undoes a retraction. Retracted records are found by id only: their slugs may be reused. */
export async function restoreRecord<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>, context: ItemContext) {
  const { actor, id, retracted } = await storedForEditor(request, resource, context);
  const raw = hasBody(request) ? expectObject(await readJson(request)) : {};
  const { version, note } = parseOrThrow(resource.deleteBody, raw) as { version?: number; note?: string | null };
  const expected = expectedVersion(request, (await resource.get(id)) ?? retracted, version, resource.noun);
  await resource
    .restore({ id, version: expected.version, actor, note })
    .catch((error) => conflictAnswer(error, expected, resource.noun, async () => (await resource.get(id)) ?? retracted));
  const item = resource.item.parse(await resource.get(id));
  return recordResponse(request, item, item);
}

/**
 * Goes back to the state a revision of this record left it in, as the history page does: a
 * new revision, or none when the record already holds that state. Found by id only, as a
 * retracted record may be reverted to a version readers saw.
 */
export async function revertRecord<I extends ApiRecord, Q>(request: Request, resource: ApiResource<I, Q>, context: ItemContext) {
  const { actor, id, retracted } = await storedForEditor(request, resource, context);
  const raw = expectObject(await readJson(request));
  const { revisionId, version, note } = parseOrThrow(resource.revertBody, raw) as { revisionId: string; version?: number; note?: string | null };
  const expected = expectedVersion(request, (await resource.get(id)) ?? retracted, version, resource.noun);
  const after = await revertToRevision({ revisionId, version: expected.version, actor, note, of: { entityType: resource.entityType, entityId: id } }).catch(
    (error) => conflictAnswer(error, expected, resource.noun, async () => (await resource.get(id)) ?? retracted),
  );
  const now = await resource.get(id);
  if (!now) return new Response(null, { status: 204, headers: { etag: etagFor(after.id, after.version) } });
  const item = resource.item.parse(now);
  return recordResponse(request, item, item);
}

function hasBody(request: Request) {
  const length = request.headers.get("content-length");
  return request.headers.has("content-type") || (length !== null && length !== "0") || request.headers.has("transfer-encoding");
}
