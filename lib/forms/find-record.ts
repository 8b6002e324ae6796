import "server-only";
// Ids behind the slugs in editing URLs. Retracted records are found too: editors restore them.
// The finders an editing page asks twice (for its title and its body) are cached for the
// request, so each is one read.
import { cache } from "react";
import { db } from "@/lib/db/client";

export const findPartyId = cache(async (slug: string) => {
  return (await db.party.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
});

export const findEventId = cache(async (slug: string) => {
  return (await db.event.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
});

export const findNegotiation = cache(async (slug: string) => {
  return db.negotiation.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, retractedAt: true } });
});

export const findIssueId = cache(async (negotiationSlug: string, issueSlug: string) => {
  const issue = await db.issue.findFirst({ where: { slug: issueSlug, negotiation: { slug: negotiationSlug } }, select: { id: true } });
  return issue?.id ?? null;
});

/** What a position's form shows about where it sits: party, issue and its kind, negotiation. */
export async function positionContext(issueId: string, partyId: string) {
  const [issue, party] = await Promise.all([
    db.issue.findUnique({
      where: { id: issueId },
      select: { id: true, name: true, slug: true, kind: true, negotiationId: true, negotiation: { select: { slug: true, title: true } } },
    }),
    db.party.findUnique({ where: { id: partyId }, select: { id: true, shortName: true, slug: true } }),
  ]);
  return issue && party ? { issue, party } : null;
}

export async function negotiationSlugOf(id: string) {
  return (await db.negotiation.findUnique({ where: { id }, select: { slug: true } }))?.slug ?? null;
}

export async function slugsOf(entity: "party" | "event", id: string) {
  const row = entity === "party"
    ? await db.party.findUnique({ where: { id }, select: { slug: true } })
    : await db.event.findUnique({ where: { id }, select: { slug: true } });
  return row?.slug ?? null;
}

/** A party named by id or slug, as links and hand-typed URLs give it. */
export async function resolvePartyId(idOrSlug: string) {
  const row = await db.party.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: { id: true } });
  return row?.id ?? null;
}

/** An issue named by id, or by slug within a negotiation. */
export async function resolveIssueId(idOrSlug: string, negotiationSlug?: string) {
  const byId = await db.issue.findUnique({ where: { id: idOrSlug }, select: { id: true } });
  if (byId || !negotiationSlug) return byId?.id ?? null;
  return findIssueId(negotiationSlug, idOrSlug);
}

/** The breadcrumb naming a record's negotiation, for an editing page tied to one (none if it is gone). */
export async function negotiationCrumb(id: string): Promise<{ href: string; label: string }[]> {
  const negotiation = await db.negotiation.findUnique({ where: { id }, select: { slug: true, title: true } });
  return negotiation ? [{ href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title }] : [];
}
