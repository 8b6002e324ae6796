/**
 * What a current statement carries for the matrix, the comparison and the maps, today's or
 * on a statement date. The confidence in its coded terms travels with them: a class or an
 * area resting on terms coded with low confidence says so.
 */
export const currentPositionFields = {
  id: true, partyId: true, issueId: true, stance: true, summary: true, terms: true, termsConfidence: true,
  statedOn: true, statedOnPrecision: true, createdAt: true, withdrawnOn: true, status: true,
} as const;
