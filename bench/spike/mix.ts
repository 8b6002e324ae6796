// What the readers read: both seeded negotiations' pages and API answers, weighted as a
// news spike reads them (the matrix and position pages most), found in the bench database.
import pg from "pg";

export const NEGOTIATIONS = ["russia-ukraine", "israel-hamas-gaza"];

export async function readingMix(databaseUrl: string): Promise<{ paths: string[]; editedPositions: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const paths: string[] = ["/", "/search?q=ceasefire", "/api/v1/search?q=prisoners", "/changes"];
    const editedPositions: string[] = [];
    for (const slug of NEGOTIATIONS) {
      const rows = async (sql: string) => (await client.query(sql, [slug])).rows.map((row) => Object.values(row)[0] as string);
      const issues = await rows(`SELECT i.slug FROM "Issue" i JOIN "Negotiation" n ON n.id = i."negotiationId" WHERE n.slug = $1 AND i."retractedAt" IS NULL ORDER BY i.slug LIMIT 4`);
      const parties = await rows(
        `SELECT p.slug FROM "Party" p JOIN "NegotiationParty" np ON np."partyId" = p.id JOIN "Negotiation" n ON n.id = np."negotiationId" WHERE n.slug = $1 AND p."retractedAt" IS NULL ORDER BY p.slug LIMIT 3`,
      );
      const positions = await rows(
        `SELECT p.id FROM "Position" p JOIN "Issue" i ON i.id = p."issueId" JOIN "Negotiation" n ON n.id = i."negotiationId" WHERE n.slug = $1 AND p."retractedAt" IS NULL ORDER BY p.id LIMIT 8`,
      );
      paths.push(
        ...Array.from({ length: 3 }, () => `/negotiations/${slug}`),
        ...issues.map((issue) => `/negotiations/${slug}/issues/${issue}`),
        `/negotiations/${slug}/compare?parties=${parties.slice(0, 2).join(",")}`,
        ...parties.map((party) => `/parties/${party}`),
        ...positions.slice(0, 6).map((id) => `/positions/${id}`),
        `/api/v1/negotiations/${slug}`,
        `/api/v1/positions?negotiation=${slug}&limit=50`,
        ...positions.slice(0, 2).map((id) => `/api/v1/positions/${id}`),
      );
      // The editor saves positions the readers are reading, and others: each is saved again
      // only after the editor has gone round all of them.
      editedPositions.push(...positions);
    }
    return { paths, editedPositions };
  } finally {
    await client.end();
  }
}

/** Whether each acknowledged save is in the database as a revision. */
export async function savesKept(databaseUrl: string, markers: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ after: string }>(`SELECT "after"::text AS "after" FROM "Revision" WHERE "entityType" = 'position' AND "after"::text LIKE '%spike-%'`);
    const text = rows.map((row) => row.after).join("\n");
    return markers.filter((marker) => !text.includes(`[${marker}]`));
  } finally {
    await client.end();
  }
}
