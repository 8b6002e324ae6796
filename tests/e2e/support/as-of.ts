// The SPEC's asOf rule worked out from the database, independently of the app: on a date,
// each party's latest statement on an issue made on or before it that was not withdrawn
// by then (ties on the day go to the one recorded later).
import { query } from "./db";
import { NEGOTIATION } from "./reader";

export type Statement = {
  id: string;
  partyId: string;
  issueId: string;
  stance: string;
  summary: string;
  terms: string | Record<string, unknown> | null;
  statedOn: string | Date;
  statedOnPrecision: string;
};

type Row = Statement & { createdAt: string | Date; withdrawnOn: string | Date | null };

const time = (v: string | Date | null) => (v === null ? null : new Date(v).getTime());

/** Statements of a negotiation made on or before `day` (YYYY-MM-DD), as the database has them. */
export async function statementsMadeBy(day: string, negotiation = NEGOTIATION) {
  return query<Row>(
    `SELECT p.id, p."partyId", p."issueId", p.stance, p.summary, p.terms, p."statedOn", p."statedOnPrecision",
            p."createdAt", p."withdrawnOn"
       FROM "Position" p
       JOIN "Issue" i ON i.id = p."issueId"
       JOIN "Negotiation" n ON n.id = i."negotiationId"
       JOIN "Party" pa ON pa.id = p."partyId"
      WHERE n.slug = ? AND p."retractedAt" IS NULL AND i."retractedAt" IS NULL AND pa."retractedAt" IS NULL
        AND p."statedOn" <= ?`,
    [negotiation, `${day}T00:00:00.000+00:00`],
  );
}

/** The position current on `day` per "partyId:issueId". */
export async function positionsAsOf(day: string, negotiation = NEGOTIATION): Promise<Map<string, Statement>> {
  const asOf = new Date(`${day}T00:00:00Z`).getTime();
  const rows = (await statementsMadeBy(day, negotiation)).filter((r) => {
    const withdrawn = time(r.withdrawnOn);
    return withdrawn === null || withdrawn > asOf;
  });
  rows.sort((a, b) => time(a.statedOn)! - time(b.statedOn)! || time(a.createdAt)! - time(b.createdAt)! || (a.id < b.id ? -1 : 1));
  const current = new Map<string, Statement>();
  for (const r of rows) current.set(`${r.partyId}:${r.issueId}`, r);
  return current;
}

/** Stored JSON terms, whichever engine returned them. */
export function readTerms(terms: Statement["terms"]): Record<string, unknown> | null {
  if (terms === null) return null;
  return typeof terms === "string" ? (JSON.parse(terms) as Record<string, unknown>) : terms;
}
