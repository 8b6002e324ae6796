// Each id a statement names is bound as a parameter, and one statement takes only so many
// (Prisma allows 999 on SQLite, and PostgreSQL's protocol 65,535): a list of ids that can
// grow with the archive is asked for in parts.
export const IDS_PER_STATEMENT = 500;

/** The ids in order, in parts of at most IDS_PER_STATEMENT. */
export function idParts<T>(ids: readonly T[]): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) parts.push(ids.slice(start, start + IDS_PER_STATEMENT));
  return parts;
}
