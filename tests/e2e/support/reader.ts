// What readers should see, worked out independently of the app's own formatting code.
import { query } from "./db";

export const NEGOTIATION = "russia-ukraine";

/**
 * A source's title as readers see it: a remark at its end on how it was recorded
 * ("[descriptive title]") is said in words beside the title, not in it; a title wholly in
 * brackets ("[A description; headline not shown]") is shown as its description.
 */
export const shownTitle = (title: string) =>
  title
    .replace(/\s*\[(descriptive title|(translated |partial )?title from URL slug|headline not shown|(live blog|arabic); descriptive title)\]$/i, "")
    .replace(/^\[(.*[^\s;])\s*;\s*((headline|title) not shown( in excerpt)?|[A-Z][a-z]+ headline not shown)\]$/, "$1");

/** "demands" → "Demands": stances are shown as their own word, capitalised. */
export const stanceWord = (stance: string) => stance.charAt(0).toUpperCase() + stance.slice(1);

/** A stored date at its precision, as readers see it: "16 May 2025", "December 2025", "2024". */
export function readerDate(value: unknown, precision = "day"): string {
  const date = new Date(value as string);
  const month = date.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  if (precision === "year") return String(date.getUTCFullYear());
  if (precision === "month") return `${month} ${date.getUTCFullYear()}`;
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

export async function partiesInOrder(negotiation = NEGOTIATION) {
  return query<{ id: string; slug: string; shortName: string }>(
    `SELECT p.id, p.slug, p."shortName" FROM "NegotiationParty" np
       JOIN "Party" p ON p.id = np."partyId"
       JOIN "Negotiation" n ON n.id = np."negotiationId"
      WHERE n.slug = ? AND p."retractedAt" IS NULL
      ORDER BY np."order"`,
    [negotiation],
  );
}

export async function issuesInOrder(negotiation = NEGOTIATION) {
  return query<{ id: string; slug: string; name: string; kind: string }>(
    `SELECT i.id, i.slug, i.name, i.kind FROM "Issue" i JOIN "Negotiation" n ON n.id = i."negotiationId"
      WHERE n.slug = ? AND i."retractedAt" IS NULL ORDER BY i."order"`,
    [negotiation],
  );
}

/** Current, visible positions of a negotiation. */
export async function currentPositions(negotiation = NEGOTIATION) {
  return query<{ id: string; partyId: string; issueId: string; stance: string; summary: string }>(
    `SELECT p.id, p."partyId", p."issueId", p.stance, p.summary FROM "Position" p
       JOIN "Issue" i ON i.id = p."issueId"
       JOIN "Negotiation" n ON n.id = i."negotiationId"
       JOIN "Party" pa ON pa.id = p."partyId"
      WHERE n.slug = ? AND p.status = 'current' AND p."retractedAt" IS NULL
        AND i."retractedAt" IS NULL AND pa."retractedAt" IS NULL`,
    [negotiation],
  );
}
