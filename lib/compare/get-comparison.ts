import "server-only";
// The data behind a comparison (the compare page and GET /api/v1/compare): for one
// negotiation, each chosen issue with each chosen party's position — current today, or
// current on the statement date `asOf` by the shared rule — and the class and reason
// `compareParties` gives the row. Parties default to the negotiation's seats, then those who
// spoke on its issues without one (as the matrix lists them), issues to all of its issues.
// Unknown slugs are a validation error for the API; the page asks for them to be reported
// instead, so it can say so beside its form.
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { issuesSelect, seatsSelect } from "@/lib/negotiations/negotiation-select";
import { findOutsideSpeakers } from "@/lib/negotiations/outside-speakers";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { listCurrentPositions } from "@/lib/positions/list-current-positions";
import { issueKind as issueKindSchema, type IssueKind } from "@/lib/vocab";
import { compareParties } from "./compare-parties";
import { listNumericSeries } from "./numeric-series";
import { describeCoverage } from "./coverage";
import { visibleParty } from "@/lib/parties/party-visibility";
import { loadTermsContext } from "@/lib/terms/load-terms-context";
import { listTermReferences } from "@/lib/terms/term-references";

export type ComparisonRequest = { negotiation: string; parties?: string[]; issues?: string[]; asOf?: Date };
export type ComparisonOptions = { unknownSlugs?: "throw" | "report" };

const partyFields = { id: true, slug: true, name: true, shortName: true, colour: true } as const;

export function getComparison(request: ComparisonRequest, { unknownSlugs = "throw" }: ComparisonOptions = {}) {
  // Cached per request by value, so a page and its metadata share one read.
  return loadComparison(JSON.stringify({ ...request, asOf: request.asOf?.toISOString(), unknownSlugs }));
}

const loadComparison = cache(async (key: string) => {
  const request = JSON.parse(key) as Omit<ComparisonRequest, "asOf"> & { asOf?: string; unknownSlugs: "throw" | "report" };
  const { negotiation: slug, parties: partySlugs, issues: issueSlugs, unknownSlugs } = request;
  const asOf = request.asOf ? new Date(request.asOf) : undefined;
  const negotiation = await db.negotiation.findFirst({
    where: { slug, ...visibleNegotiation },
    select: { id: true, slug: true, title: true, parties: seatsSelect(partyFields), issues: issuesSelect },
  });
  if (!negotiation) return null;

  const seats = negotiation.parties.map((p) => p.party);
  const outside = await findOutsideSpeakers(db, negotiation.id, partyFields);
  const errors: FieldErrors = {};
  let parties = [...seats, ...outside];
  if (partySlugs) {
    const found = await db.party.findMany({
      where: { slug: { in: partySlugs }, ...visibleParty },
      select: partyFields,
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
  if (Object.keys(errors).length && unknownSlugs === "throw") throw new AppError("validation", "Some parties or issues are unknown", { fieldErrors: errors });

  const issueIds = issues.map((i) => i.id);
  const partyIds = parties.map((p) => p.id);
  const positions = await listCurrentPositions({ issueIds, partyIds, asOf });
  const cell = new Map(positions.map((p) => [`${p.partyId}:${p.issueId}`, p]));
  const kindOf = new Map(issues.map((issue) => [issue.id, issueKindSchema.catch("general").parse(issue.kind)]));

  // The negotiation's areas with their holders, and the names of the parties the terms name.
  const namedParties = positions.flatMap((p) => listTermReferences(kindOf.get(p.issueId) ?? "general", p.terms).flatMap((r) => (r.kind === "party" ? [r.slug] : [])));
  const termsContext = await loadTermsContext(db, negotiation.id, { partySlugs: namedParties });
  const context = { ...termsContext, asOf };

  const rows = issues.map((issue) => {
    const kind: IssueKind = kindOf.get(issue.id) ?? "general";
    const cells = parties.map((party) => ({ party, position: cell.get(`${party.id}:${issue.id}`) ?? null }));
    const sides = cells.map(({ party, position }) => ({ partyId: party.id, label: party.shortName, terms: position?.terms ?? null }));
    const coverage = describeCoverage(kind, cells.map(({ party, position }) => ({ partyId: party.id, hasPosition: position !== null, terms: position?.terms ?? null })));
    // Numeric terms (troop caps, ceasefire length) per party, for drawing the gap.
    return { issue: { ...issue, kind }, cells, comparison: compareParties(kind, sides, context), coverage, series: listNumericSeries(kind, sides, termsContext) };
  });

  return {
    negotiation: { id: negotiation.id, slug: negotiation.slug, title: negotiation.title },
    /** The names of the areas and parties the terms refer to, for showing each side's terms. */
    termsContext,
    parties,
    issues,
    rows,
    /** The negotiation's own parties and issues, in matrix order: what a reader can choose from. */
    seats,
    /** Parties that spoke on its issues without a seat, after the seats in the matrix. */
    outside,
    allIssues: negotiation.issues.map((i) => ({ ...i, kind: issueKindSchema.catch("general").parse(i.kind) })),
    /** Slugs that name no party, or no issue of the negotiation (reported with `unknownSlugs: "report"`). */
    unknownParties: partySlugs?.filter((s) => !parties.some((p) => p.slug === s)) ?? [],
    unknownIssues: issueSlugs?.filter((s) => !issues.some((i) => i.slug === s)) ?? [],
  };
});

export type ComparisonData = NonNullable<Awaited<ReturnType<typeof getComparison>>>;
