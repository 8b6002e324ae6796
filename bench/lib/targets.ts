// The pages and API reads measured under load on the seeded data, and the figures each must
// reach relative to the prerendered baseline measured in the same run.
export const NEGOTIATION = "russia-ukraine";

export const READ_TARGETS = [
  { name: "Matrix page", path: `/negotiations/${NEGOTIATION}` },
  { name: "Issue page", path: `/negotiations/${NEGOTIATION}/issues/territory` },
  { name: "Party page", path: "/parties/russia" },
  { name: "Position page", path: "/positions/ru-2022-peace-formula" },
  { name: "Compare page", path: `/negotiations/${NEGOTIATION}/compare?parties=russia,ukraine` },
  { name: "Positions list API", path: `/api/v1/positions?negotiation=${NEGOTIATION}&limit=50` },
  { name: "Search page", path: "/search?q=prisoners" },
  { name: "Search API", path: "/api/v1/search?q=prisoners" },
];

/** Reading pages must reach this share of the prerendered baseline's requests per second. */
export const MIN_SHARE_OF_BASELINE = 0.5;
export const MAX_P99_MS = 100;

export const SCALE_TARGETS_MS = { matrixP95: 150, listP95: 50, searchP95: 100, edit: 50 };

export const LIGHTHOUSE_PAGES = [
  { name: "Home", path: "/" },
  { name: "Matrix", path: `/negotiations/${NEGOTIATION}` },
  { name: "Compare", path: `/negotiations/${NEGOTIATION}/compare?parties=russia,ukraine` },
  { name: "Position", path: "/positions/ru-2022-peace-formula" },
];
export const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100 };
