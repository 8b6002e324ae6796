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
import { editorFrom } from "./editor";
import { absoluteUrl } from "./links";
import type { ItemContext } from "./handlers";
import { positions } from "./resources/positions";
import { itemPath, writeNote, writeVersion } from "./schemas/common";
import { positionItem } from "./schemas/positions";
import { conflictAnswer, expectedVersion } from "./versions";

export const supersedeBody = z.strictObject(
  { ...newStatementInput.shape, version: writeVersion.optional(), note: writeNote.optional() },
  knownFieldsOnly,
);
export const withdrawBody = z.strictObject(
  { ...withdrawalInput.shape, version: writeVersion.optional(), note: writeNote.optional() },
  knownFieldsOnly,
);

async function start(request: Request, context: ItemContext, body: z.ZodObject) {
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
export async function supersede(request: Request, context: ItemContext) {
  const { actor, current, expected, fields, note, retry } = await start(request, context, supersedeBody);
  const { position } = await supersedePosition({ id: current.id, version: expected.version, input: fields, actor, note }).catch(
    (error) => conflictAnswer(error, expected, "position", retry),
  );
  const item = positionItem.parse(await positions.get(position.id));
  const location = absoluteUrl(request, `/api/v1/positions/${item.id}`);
  return recordResponse(request, item, item, { status: 201, headers: { location } });
}

/** POST /positions/{id}/withdraw: 200 with the statement, now withdrawn from that date. */
export async function withdraw(request: Request, context: ItemContext) {
  const { actor, current, expected, fields, note, retry } = await start(request, context, withdrawBody);
  await withdrawPosition({ id: current.id, version: expected.version, withdrawnOn: fields.withdrawnOn, actor, note }).catch(
    (error) => conflictAnswer(error, expected, "position", retry),
  );
  const item = positionItem.parse(await positions.get(current.id));
  return recordResponse(request, item, item);
}
