// A comparison's address, written once for the compare page and GET /api/v1/compare:
// `?parties=a,b&issues=x,y&asOf=YYYY-MM-DD`. A GET form of checkboxes submits
// `parties=a&parties=b`; both spellings are read, and the page redirects to the comma form
// so every comparison has one shareable address. The page forgives (repeats dropped, case
// folded); the API's schema (lib/api/schemas/compare.ts) splits lists the same way and
// then refuses what is wrong.
import { parseAsOfParam, type AsOfParam } from "@/lib/dates/as-of-param";

export type SearchParams = Record<string, string | string[] | undefined>;

export type CompareParams = {
  /** Party slugs in the order given, without repeats; unknown ones are reported later. */
  parties: string[];
  /** Issue slugs in the order given; null when none are named, which means every issue. */
  issues: string[] | null;
  asOf: AsOfParam;
};

export type CompareState = { parties: readonly string[]; issues: readonly string[] | null; asOf?: string | null };

const MAX_TOKENS = 50;
const MAX_TOKEN_LENGTH = 100;

/** A list parameter's items: "a,b" and ["a", "b,c"] alike → ["a", "b", "c"], trimmed, blanks left out. */
export function splitList(value: string | string[] | undefined): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.flatMap((v) => v.split(",")).map((t) => t.trim()).filter((t) => t.length > 0);
}

/** The page's reading of a list: lower-cased, without over-long items or repeats, at most 50. */
export function readList(value: string | string[] | undefined): string[] {
  const tokens = splitList(value)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length <= MAX_TOKEN_LENGTH);
  return [...new Set(tokens)].slice(0, MAX_TOKENS);
}

export function parseCompareParams(params: SearchParams): CompareParams {
  const issues = readList(params.issues);
  return {
    parties: readList(params.parties),
    issues: issues.length > 0 ? issues : null,
    asOf: parseAsOfParam(params.asOf),
  };
}

/** The query string of a comparison (without "?"): parties, then issues, then asOf. */
export function compareQuery({ parties, issues, asOf }: CompareState): string {
  const list = (values: readonly string[]) => values.map(encodeURIComponent).join(",");
  const parts: string[] = [];
  if (parties.length > 0) parts.push(`parties=${list(parties)}`);
  if (issues && issues.length > 0) parts.push(`issues=${list(issues)}`);
  if (asOf) parts.push(`asOf=${encodeURIComponent(asOf)}`);
  return parts.join("&");
}

export function compareHref(negotiationSlug: string, state: CompareState): string {
  const query = compareQuery(state);
  return `/negotiations/${encodeURIComponent(negotiationSlug)}/compare${query ? `?${query}` : ""}`;
}

/**
 * The canonical query for what was asked: issues dropped when they name every issue
 * (the default), a blank `asOf` dropped. Parsing the result gives the same result again.
 */
export function canonicalCompareQuery(params: CompareParams, allIssueSlugs: readonly string[]): string {
  const everyIssue =
    params.issues !== null &&
    params.issues.length === allIssueSlugs.length &&
    allIssueSlugs.every((slug) => params.issues!.includes(slug));
  return compareQuery({
    parties: params.parties,
    issues: everyIssue ? null : params.issues,
    asOf: params.asOf.kind === "none" ? null : params.asOf.text,
  });
}

/** Whether the request's parameters are exactly those of `query`, so no redirect is needed. */
export function isSameQuery(params: SearchParams, query: string): boolean {
  const wanted = new URLSearchParams(query);
  const given = Object.entries(params).filter(([, v]) => v !== undefined);
  if (given.length !== new Set(wanted.keys()).size) return false;
  return given.every(([key, value]) => {
    const values = Array.isArray(value) ? value : [value!];
    const expected = wanted.getAll(key);
    return values.length === expected.length && values.every((v, i) => v === expected[i]);
  });
}
