// Search used to index every record's date as a full day, so that a statement known only to
// its month ("May 2025") was shown among the hits as the 1st of that month. Documents now
// hold the date at the record's own precision ("2025-05"); this writes anew those of a
// database indexed before: the documents of records dated to a month or a year (a plan's
// points and a commitment take their plan's or event's date) that still give a full day.
// It changes no record, so it writes no revision: it counts the documents it rewrote.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { reindexRecords } from "@/lib/search/sync-search-index";

/** Per kind: its table, joined as "r" to its document, and where the precision of the date its document gives is read. */
const dated: { kind: string; table: Prisma.Sql; dated?: Prisma.Sql; precision: Prisma.Sql }[] = [
  { kind: "position", table: Prisma.sql`"Position"`, precision: Prisma.sql`r."statedOnPrecision"` },
  { kind: "event", table: Prisma.sql`"Event"`, precision: Prisma.sql`r."datePrecision"` },
  { kind: "plan", table: Prisma.sql`"Plan"`, precision: Prisma.sql`r."datePrecision"` },
  { kind: "planPoint", table: Prisma.sql`"PlanPoint"`, dated: Prisma.sql`JOIN "Plan" o ON o."id" = r."planId"`, precision: Prisma.sql`o."datePrecision"` },
  { kind: "commitment", table: Prisma.sql`"Commitment"`, dated: Prisma.sql`JOIN "Event" o ON o."id" = r."eventId"`, precision: Prisma.sql`o."datePrecision"` },
];

export const searchDatesAtPrecision: DataMigration = {
  name: "20261221000000_search_dates_at_precision",
  description: "Search documents of records dated to a month or a year written with that date, not its first day",
  async run(tx) {
    let changed = 0;
    for (const { kind, table, dated: through = Prisma.empty, precision } of dated) {
      const stale = await tx.$queryRaw<{ refId: string }[]>`
        SELECT d."refId" FROM "SearchDocument" d JOIN ${table} r ON r."id" = d."refId" ${through}
        WHERE d."kind" = ${kind} AND ${precision} <> 'day' AND LENGTH(d."date") = 10`;
      if (stale.length > 0) await reindexRecords(tx, kind, stale.map((row) => row.refId));
      changed += stale.length;
    }
    return { changed };
  },
};
