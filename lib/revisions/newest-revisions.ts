import "server-only";
// The newest revisions matching a filter, a page at a time, optionally only those of some
// records (a negotiation's, for its changes). Pages follow each other by the recording date,
// newest first, and by id among revisions recorded at the same moment; a page starts after
// the revision the previous one ended on.
//
// A set of records can hold thousands of ids, more than one statement may bind
// (lib/db/id-parts.ts), so it is asked for in parts: of each part's newest `take`, the newest
// `take` overall are exactly the newest `take` of the whole set.
import { IDS_PER_STATEMENT, idParts } from "@/lib/db/id-parts";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/client";

/** Record ids by kind: the entity type, then the ids. */
export type RecordsByKind = Record<string, string[]>;

export const revisionRowSelect = {
  id: true, entityType: true, entityId: true, action: true, actorLabel: true, note: true, createdAt: true, before: true, after: true,
} satisfies Prisma.RevisionSelect;

export type RevisionRow = Prisma.RevisionGetPayload<{ select: typeof revisionRowSelect }>;

type Query = {
  /** What the revisions must match besides their records. */
  where?: Prisma.RevisionWhereInput;
  /** Only revisions of these records; null or absent for every record. */
  records?: RecordsByKind | null;
  /** Only revisions after this one in the order (older, or as old with a smaller id). */
  after?: string;
  take: number;
};

/** The first `take` revisions in the order that match, after `after`; none when `after` names no revision. */
export async function newestRevisions({ where = {}, records = null, after, take }: Query): Promise<RevisionRow[]> {
  const keyset = after ? await olderThan(after) : {};
  if (keyset === null) return [];
  const filters = records === null ? [{}] : recordFilters(records);
  // One part after another: a large set's parts would otherwise all wait on the pool at once.
  const found: RevisionRow[] = [];
  for (const scope of filters) {
    found.push(
      ...(await db.revision.findMany({
        where: { AND: [where, scope, keyset] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: revisionRowSelect,
      })),
    );
  }
  return filters.length === 1 ? found : found.sort(newestFirst).slice(0, take);
}

/** The filter of revisions after `id` in the order, or null when there is no such revision. */
async function olderThan(id: string): Promise<Prisma.RevisionWhereInput | null> {
  const last = await db.revision.findUnique({ where: { id }, select: { createdAt: true } });
  if (!last) return null;
  return { OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: id } }] };
}

/** The records as filters naming at most IDS_PER_STATEMENT ids each (none: a filter nothing matches). */
function recordFilters(records: RecordsByKind): Prisma.RevisionWhereInput[] {
  const parts: Prisma.RevisionWhereInput[][] = [];
  let room = 0;
  for (const [entityType, ids] of Object.entries(records)) {
    for (const some of idParts(ids)) {
      if (some.length > room) {
        parts.push([]);
        room = IDS_PER_STATEMENT;
      }
      parts.at(-1)!.push({ entityType, entityId: { in: some } });
      room -= some.length;
    }
  }
  return parts.length === 0 ? [{ id: { in: [] } }] : parts.map((part) => ({ OR: part }));
}

const newestFirst = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
