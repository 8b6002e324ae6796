// The numeric terms of an issue per party, for drawing parties' figures as a range.
import { termsSchemaByKind } from "@/lib/terms";
import type { IssueKind } from "@/lib/vocab";
import type { Side } from "./compare-parties";

export type NumericPoint = { partyId: string; label: string; value: number | null };

export type NumericSeries = {
  key: string;
  label: string;
  unit: string;
  points: NumericPoint[];
  /** Lowest and highest figure given and the gap between them; null when no party gives one. */
  range: { min: number; max: number; gap: number } | null;
};

type Extract = { key: string; label: string; unit: string; read: (terms: unknown) => number | undefined };

const readCap = (key: "maxTroops" | "maxTanks" | "maxArtillery") => (terms: unknown) => {
  const parsed = termsSchemaByKind["military-limits"].safeParse(terms);
  return parsed.success ? parsed.data[key] : undefined;
};

const readDuration = (terms: unknown) => {
  const parsed = termsSchemaByKind.ceasefire.safeParse(terms);
  return parsed.success ? parsed.data.durationDays : undefined;
};

const numericFields: Partial<Record<IssueKind, readonly Extract[]>> = {
  "military-limits": [
    { key: "maxTroops", label: "Troop cap", unit: "troops", read: readCap("maxTroops") },
    { key: "maxTanks", label: "Tank cap", unit: "tanks", read: readCap("maxTanks") },
    { key: "maxArtillery", label: "Artillery cap", unit: "artillery pieces", read: readCap("maxArtillery") },
  ],
  ceasefire: [{ key: "durationDays", label: "Ceasefire length", unit: "days", read: readDuration }],
};

/**
 * One series per numeric term that at least one party gives; a party without a figure
 * stays in the series with `null`, so a chart can show it as "no figure".
 */
export function listNumericSeries(kind: IssueKind, sides: readonly Side[]): NumericSeries[] {
  const fields = numericFields[kind] ?? [];
  return fields.flatMap(({ key, label, unit, read }) => {
    const points = sides.map((s) => ({ partyId: s.partyId, label: s.label, value: read(s.terms) ?? null }));
    const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
    if (values.length === 0) return [];
    const min = Math.min(...values);
    const max = Math.max(...values);
    return [{ key, label, unit, points, range: { min, max, gap: max - min } }];
  });
}
