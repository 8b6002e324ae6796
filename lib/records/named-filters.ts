import "server-only";
// A filter that names a record (`?party=`, `?issue=`, `?plan=` … in the API's lists and the
// search) must name one readers can see. An empty answer would read as "this party said
// nothing on it" when the filter had a typo or named a retracted record, so such a filter
// is refused, saying which. Filters are named after the kind they point at, so the registry
// says which parameters they are and how each kind is named (by id, or by id or slug).
import { idOrSlug } from "@/lib/api/list-query";
import { db } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { recordKind, recordKinds } from "./registry";

type Finder = { findFirst(args: { where: object; select: { id: true } }): Promise<{ id: string } | null> };

/**
 * Throws a validation error naming each filter in `filters` that names no record readers can
 * see. `namedFor` lists the filters named for their meaning rather than their kind (areas'
 * `heldBy` names a party), each with the kind it names.
 */
export async function refuseFiltersNamingNothing(filters: Record<string, unknown>, namedFor: Record<string, string> = {}): Promise<void> {
  const named = [
    ...recordKinds.map((kind) => [kind.entityType, kind] as const),
    ...Object.entries(namedFor).map(([param, type]) => [param, recordKind(type)] as const),
  ];
  const missing = await Promise.all(
    named.map(async ([param, kind]) => {
      const value = filters[param];
      if (typeof value !== "string") return null;
      const table = (db as unknown as Record<string, Finder>)[kind.entityType]!;
      const where = kind.api.acceptsSlug ? idOrSlug(value) : { id: value };
      const found = await table.findFirst({ where: { AND: [kind.visible, where] }, select: { id: true } });
      const error: [string, string[]] = [param, [`There is no ${kind.api.noun} “${value}”`]];
      return found ? null : error;
    }),
  );
  const fieldErrors: FieldErrors = Object.fromEntries(missing.filter((entry) => entry !== null));
  const names = Object.keys(fieldErrors);
  if (names.length === 0) return;
  throw new AppError("validation", `The ${names.join(" and ")} filter${names.length > 1 ? "s name" : " names"} no record`, { fieldErrors });
}
