import "server-only";
// The data behind a comparison (the compare page and GET /api/v1/compare): for one
// negotiation, each chosen issue with each chosen party's position — current today, or
// current on the statement date `asOf` by the shared rule — and the class and reason
// `compareParties` gives the row. Parties default to the negotiation's seats, issues to
// all of its issues, both in matrix order.
import { db } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { listPositionsAsOf } from "@/lib/positions/list-positions-as-of";
import { issueKind as issueKindSchema, type IssueKind } from "@/lib/vocab";
import { compareParties } from "./compare-parties";

export type ComparisonRequest = { negotiation: string; parties?: string[]; issues?: string[]; asOf?: Date };

const positionFields = {
  id: true, partyId: true, issueId: true, stance: true, summary: true, terms: true,
  statedOn: true, statedOnPrecision: true, status: true,
} as const;

export async function getComparison({ negotiation: slug, parties: partySlugs, issues: issueSlugs, asOf }: ComparisonRequest) {
  const negotiation = await db.negotiation.findFirst({
    where: { slug, retractedAt: null },
    select: {
      id: true, slug: true, title: true,
      parties: {
        where: { party: { retractedAt: null } },
        orderBy: { order: "asc" },
        select: { party: { select: { id: true, slug: true, name: true, shortName: true } } },
      },
      issues: {
        where: { retractedAt: null },
        orderBy: [{ order: "asc" }, { name: "asc" }],
        select: { id: true, slug: true, name: true, kind: true },
      },
    },
  });
  if (!negotiation) return null;

  const errors: FieldErrors = {};
  let parties = negotiation.parties.map((p) => p.party);
  if (partySlugs) {
    const found = await db.party.findMany({
      where: { slug: { in: partySlugs }, retractedAt: null },
      select: { id: true, slug: true, name: true, shortName: true },
    });
    const missing = partySlugs.filter((s) => !found.some((p) => p.slug === s));
    if (missing.length) errors.parties = missing.map((s) => `There is no party “${s}”`);
    parties = partySlugs.flatMap((s) => found.find((p) => p.slug === s) ?? []);
  }
  let issues = negotiation.issues;
  if (issueSlugs) {
    const missing = issueSlugs.filter((s) => !issues.some((i) => i.slug === s));
    if (missing.length) errors.issues = missing.map((s) => `The negotiation has no issue “${s}”`);
    issues = issueSlugs.flatMap((s) => issues.find((i) => i.slug === s) ?? []);
  }
  if (Object.keys(errors).length) throw new AppError("validation", "Some parties or issues are unknown", { fieldErrors: errors });

  const issueIds = issues.map((i) => i.id);
  const partyIds = parties.map((p) => p.id);
  const positions = asOf
    ? await listPositionsAsOf({ issueIds, partyIds, asOf })
    : await db.position.findMany({
        where: { status: "current", retractedAt: null, issueId: { in: issueIds }, partyId: { in: partyIds } },
        // Oldest first, so should two statements ever both be current the newer one wins below.
        orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }],
        select: positionFields,
      });
  const cell = new Map(positions.map((p) => [`${p.partyId}:${p.issueId}`, p]));

  const rows = issues.map((issue) => {
    const kind: IssueKind = issueKindSchema.catch("general").parse(issue.kind);
    const cells = parties.map((party) => ({ party, position: cell.get(`${party.id}:${issue.id}`) ?? null }));
    const comparison = compareParties(
      kind,
      cells.map(({ party, position }) => ({ partyId: party.id, label: party.shortName, terms: position?.terms ?? null })),
    );
    return { issue: { ...issue, kind }, cells, comparison };
  });

  return { negotiation: { id: negotiation.id, slug: negotiation.slug, title: negotiation.title }, parties, issues, rows };
}

export type ComparisonData = NonNullable<Awaited<ReturnType<typeof getComparison>>>;
