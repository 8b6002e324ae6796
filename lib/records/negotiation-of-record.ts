import "server-only";
import { db } from "@/lib/db/client";

/**
 * The negotiation a record belongs to, for pages that name it: itself for a negotiation,
 * its own for an issue, area, event or commitment, its issue's for a position. Parties and
 * sources belong to none (one party sits in several negotiations). Retracted negotiations
 * are named too: editors read their records' history to restore them.
 */
export async function negotiationOfRecord(entityType: string, record: { id: string } & Record<string, unknown>) {
  const select = { slug: true, title: true } as const;
  if (entityType === "negotiation") return db.negotiation.findUnique({ where: { id: record.id }, select });
  if (typeof record.negotiationId === "string") return db.negotiation.findUnique({ where: { id: record.negotiationId }, select });
  if (entityType === "position" && typeof record.issueId === "string") {
    return (await db.issue.findUnique({ where: { id: record.issueId }, select: { negotiation: { select } } }))?.negotiation ?? null;
  }
  return null;
}
