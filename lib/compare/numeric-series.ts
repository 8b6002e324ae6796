// The numeric terms of an issue per party, for drawing parties' figures as a range.
import { termsSchemaByKind } from "@/lib/terms";
import type { IssueKind } from "@/lib/vocab";
import type { Side } from "./compare-parties";
import { emptyTermsContext, partyName, type TermsContext } from "@/lib/terms/terms-context";
import { formatUsd } from "./funding";
import { formatCount } from "./wording";

export type NumericPoint = { partyId: string; label: string; value: number | null };

export type NumericSeries = {
  key: string;
  label: string;
  unit: string;
  /** "usd": figures are sums of money, read as "$53 billion" rather than a count of the unit. */
  format?: "usd";
  points: NumericPoint[];
  /** Lowest and highest figure given and the gap between them; null when no party gives one. */
  range: { min: number; max: number; gap: number } | null;
};

type Extract = { key: string; label: string; unit: string; format?: "usd"; read: (terms: unknown) => number | undefined };

/** A figure as the chart writes it beside its bar: "600,000", or "$53 billion" for money. */
export function seriesFigure(series: Pick<NumericSeries, "format">, n: number): string {
  return series.format === "usd" ? formatUsd(n) : formatCount(n);
}

/** A figure with its unit, as tables and descriptions write it: "600,000 troops", "$53 billion". */
export function seriesValue(series: Pick<NumericSeries, "format" | "unit">, n: number): string {
  return series.format === "usd" ? formatUsd(n) : `${formatCount(n)} ${series.unit}`;
}

const readCap = (key: "maxTroops" | "maxTanks" | "maxArtillery") => (terms: unknown) => {
  const parsed = termsSchemaByKind["military-limits"].safeParse(terms);
  return parsed.success ? parsed.data[key] : undefined;
};

const readDuration = (terms: unknown) => {
  const parsed = termsSchemaByKind.ceasefire.safeParse(terms);
  return parsed.success ? parsed.data.durationDays : undefined;
};

/** A whole-number term of a kind with flat terms, read through the kind's schema. */
const readField = (kind: IssueKind, key: string) => (terms: unknown) => {
  const parsed = termsSchemaByKind[kind].safeParse(terms);
  if (!parsed.success) return undefined;
  const value = (parsed.data as Record<string, unknown>)[key];
  return typeof value === "number" ? value : undefined;
};

const numericFields: Partial<Record<IssueKind, readonly Extract[]>> = {
  "security-guarantees": [{ key: "durationYears", label: "Guarantee length", unit: "years", read: readField("security-guarantees", "durationYears") }],
  membership: [{ key: "timelineYears", label: "Membership timeline", unit: "years", read: readField("membership", "timelineYears") }],
  enforcement: [{ key: "monitorCount", label: "Monitors", unit: "people", read: readField("enforcement", "monitorCount") }],
  recognition: [{ key: "timelineYears", label: "Recognition timeline", unit: "years", read: readField("recognition", "timelineYears") }],
  funding: [
    { key: "amountUsd", label: "Funding", unit: "US dollars", format: "usd", read: readField("funding", "amountUsd") },
    { key: "durationYears", label: "Funding period", unit: "years", read: readField("funding", "durationYears") },
  ],
  governance: [
    { key: "transitionMonths", label: "Transition", unit: "months", read: readField("governance", "transitionMonths") },
    { key: "electionsWithinMonths", label: "Elections within", unit: "months", read: readField("governance", "electionsWithinMonths") },
  ],
  deployment: [{ key: "size", label: "Force size", unit: "troops", read: readField("deployment", "size") }],
  "aid-access": [{ key: "trucksPerDay", label: "Aid trucks a day", unit: "trucks a day", read: readField("aid-access", "trucksPerDay") }],
  elections: [{ key: "withinDays", label: "Elections within", unit: "days", read: readField("elections", "withinDays") }],
  "military-limits": [
    { key: "maxTroops", label: "Troop cap", unit: "troops", read: readCap("maxTroops") },
    { key: "maxTanks", label: "Tank cap", unit: "tanks", read: readCap("maxTanks") },
    { key: "maxArtillery", label: "Artillery cap", unit: "artillery pieces", read: readCap("maxArtillery") },
  ],
  ceasefire: [{ key: "durationDays", label: "Ceasefire length", unit: "days", read: readDuration }],
};

/** How many each party releases, by the releasing party's slug, from exchange terms. */
function readReleases(terms: unknown): Map<string, number> {
  const parsed = termsSchemaByKind.exchange.safeParse(terms);
  const counts = new Map<string, number>();
  if (!parsed.success) return counts;
  for (const side of [parsed.data.sideA, parsed.data.sideB]) if (side?.count !== undefined) counts.set(side.party, side.count);
  return counts;
}

/**
 * An exchange's figures are per releasing party, so its series are too: one for each party
 * any compared position has releasing a number ("Released by Ruritania"), in the order first
 * named.
 */
function exchangeFields(sides: readonly Side[], context: TermsContext): Extract[] {
  const releasing = [...new Set(sides.flatMap((s) => [...readReleases(s.terms).keys()]))];
  return releasing.map((party) => ({
    key: `released-${party}`,
    label: `Released by ${partyName(context, party)}`,
    unit: "people",
    read: (terms: unknown) => readReleases(terms).get(party),
  }));
}

/**
 * One series per numeric term that at least one party gives; a party without a figure
 * stays in the series with `null`, so a chart can show it as "no figure". `context` names
 * the parties terms refer to (who releases people in an exchange).
 */
export function listNumericSeries(kind: IssueKind, sides: readonly Side[], context: TermsContext = emptyTermsContext): NumericSeries[] {
  const fields = kind === "exchange" ? exchangeFields(sides, context) : (numericFields[kind] ?? []);
  return fields.flatMap(({ key, label, unit, format, read }) => {
    const points = sides.map((s) => ({ partyId: s.partyId, label: s.label, value: read(s.terms) ?? null }));
    const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
    if (values.length === 0) return [];
    const min = Math.min(...values);
    const max = Math.max(...values);
    return [{ key, label, unit, ...(format ? { format } : {}), points, range: { min, max, gap: max - min } }];
  });
}
