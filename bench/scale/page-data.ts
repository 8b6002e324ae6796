// The data each reading page loads, called the way its route calls the domain (the page
// files in app/ are thin: this mirrors what they await). Shared by bench/scale/plans.ts,
// which explains the SQL these send, and tests/integration/query-counts.test.ts, which
// counts it.
import { positions } from "@/lib/positions/position-api";
import { positionListQuery } from "@/lib/positions/position-api-schema";
import { getComparison } from "@/lib/compare/get-comparison";
import { getIssuePage } from "@/lib/issues/get-issue-page";
import { loadNegotiationPage } from "@/lib/negotiations/load-negotiation-page";
import { getPartyPage } from "@/lib/parties/get-party-page";
import { getPosition } from "@/lib/positions/get-position";
import { listHitLinks } from "@/lib/search/list-hit-links";
import { listSearchFilters } from "@/lib/search/list-search-filters";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";

/** Which records the pages are loaded for. */
export type PageFixture = {
  negotiation: string;
  party: string;
  otherParty: string;
  issue: string;
  positionId: string;
  searchTerm: string;
};

export const pageLoaders: Record<string, (f: PageFixture) => Promise<unknown>> = {
  async matrix(f) {
    return loadNegotiationPage({ slug: f.negotiation });
  },
  party: (f) => getPartyPage({ slug: f.party }),
  issue: (f) => getIssuePage({ negotiationSlug: f.negotiation, issueSlug: f.issue }),
  position: (f) => getPosition({ id: f.positionId }),
  compare: (f) => getComparison({ negotiation: f.negotiation, parties: [f.party, f.otherParty] }, { unknownSlugs: "report" }),
  async search(f) {
    const [, results] = await Promise.all([listSearchFilters(), search(searchInput.parse({ q: f.searchTerm }))]);
    return listHitLinks(results.hits);
  },
  positionsApi: () => positions.list(positionListQuery.parse({ limit: "50" })),
  positionsApiFiltered: (f) =>
    positions.list(positionListQuery.parse({ negotiation: f.negotiation, party: f.party, status: "current", limit: "50" })),
};
