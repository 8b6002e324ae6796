import "server-only";
// The two ways a statement stops being current, as API actions on one position:
// supersede (record the party's newer statement on the same issue) and withdraw.
// Both name the version they start from, like PATCH, and call the same domain functions
// as the editing pages.
import { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { recordResponse } from "@/lib/http/json-response";
import { parsePath } from "@/lib/http/query";
import { expectObject, readJson } from "@/lib/http/read-json";
import { newStatementInput, withdrawalInput } from "@/lib/positions/position-input";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { withdrawPosition } from "@/lib/positions/withdraw-position";
import { knownFieldsOnly } from "@/lib/validation/text-field";
import { editorFrom } from "@/lib/api/editor";
import { absoluteUrl } from "@/lib/api/links";
import type { ApiResource, ItemContext, ResourceAction } from "@/lib/api/resource";
import { itemPath, writeNote, writeVersion } from "@/lib/api/schemas/common";
import { positionItem } from "./position-api-schema";
import { conflictAnswer, expectedVersion } from "@/lib/api/versions";

export const supersedeBody = z.strictObject(
  { ...newStatementInput.shape, version: writeVersion.optional(), note: writeNote.optional() },
  knownFieldsOnly,
);
export const withdrawBody = z.strictObject(
  { ...withdrawalInput.shape, version: writeVersion.optional(), note: writeNote.optional() },
  knownFieldsOnly,
);

async function start(request: Request, context: ItemContext, body: z.ZodObject, positions: ApiResource) {
  const actor = await editorFrom(request);
  const { id } = parsePath(await context.params, itemPath, "position");
  const found = await positions.get(id);
  if (!found) throw new AppError("not-found", `There is no position “${id}”: it may never have existed, or it was retracted`);
  const current = positionItem.parse(found);
  const raw = expectObject(await readJson(request));
  const { version } = parseOrThrow(body, raw) as { version?: number };
  const expected = expectedVersion(request, current, version, "position");
  const { version: _v, note, ...fields } = raw;
  const retry = () => positions.get(current.id);
  return { actor, current, expected, fields, note: note as string | null | undefined, retry };
}

/** POST /positions/{id}/supersede: 201 with the new statement; the old one is superseded. */
async function supersede(request: Request, context: ItemContext, positions: ApiResource) {
  const { actor, current, expected, fields, note, retry } = await start(request, context, supersedeBody, positions);
  const { position } = await supersedePosition({ id: current.id, version: expected.version, input: fields, actor, note }).catch(
    (error) => conflictAnswer(error, expected, "position", retry),
  );
  const item = positionItem.parse(await positions.get(position.id));
  const location = absoluteUrl(request, `/api/v1/positions/${item.id}`);
  return recordResponse(request, item, item, { status: 201, headers: { location } });
}

/** POST /positions/{id}/withdraw: 200 with the statement, now withdrawn from that date. */
async function withdraw(request: Request, context: ItemContext, positions: ApiResource) {
  const { actor, current, expected, fields, note, retry } = await start(request, context, withdrawBody, positions);
  await withdrawPosition({ id: current.id, version: expected.version, withdrawnOn: fields.withdrawnOn, actor, note }).catch(
    (error) => conflictAnswer(error, expected, "position", retry),
  );
  const item = positionItem.parse(await positions.get(current.id));
  return recordResponse(request, item, item);
}

const positionErrors = [400, 401, 403, 404, 409, 412, 413, 415, 422, 428];

/** The positions resource's own actions, served at POST /api/v1/positions/{id}/<name>. */
export const positionActions: Record<string, ResourceAction> = {
  supersede: {
    handler: supersede,
    operation: {
      summary: "Supersede a position",
      description:
        "Records the party's newer statement on the same issue (dated on or after this one), which becomes current; this one becomes superseded. Only the current statement can be superseded. Name this position's version with If-Match or `version`.",
      body: {
        schema: supersedeBody,
        name: "PositionSupersede",
        example: { version: 1, stance: "conditional", summary: "Now accepts a ceasefire if monitored.", statedOn: "2025-06-02", citations: [{ sourceId: "SOURCE_ID", attribution: "media-report" }] },
      },
      success: { status: 201, schema: positionItem, name: "Position", description: "The new statement; Location names its address" },
      errors: positionErrors,
    },
  },
  withdraw: {
    handler: withdraw,
    operation: {
      summary: "Withdraw a position",
      description:
        "Marks the statement withdrawn from a date (YYYY-MM-DD); from then on the party's previous standing statement on the issue, if any, is current again. Name the version with If-Match or `version`.",
      body: { schema: withdrawBody, name: "PositionWithdraw", example: { version: 1, withdrawnOn: "2025-06-10", note: "Withdrawn at the press conference" } },
      success: { status: 200, schema: positionItem, name: "Position", description: "The statement, now withdrawn" },
      errors: positionErrors,
    },
  },
};
