// How the researched reference dataset's words map onto Parley's vocabulary.
// Used once by scripts/convert-reference-data.ts to write the first seed file (prisma/seed/).
import type { AttributionKind, CommitmentStatus } from "@/lib/vocab";
import type { SeedFile } from "./seed-file";

export const attributionFromReference: Record<string, AttributionKind> = {
  "official statement": "official-statement",
  "leaked/obtained document": "document",
  "anonymous source": "anonymous-source",
  "analyst commentary": "analyst",
  "media report": "media-report",
};

export const commitmentStatusFromReference: Record<string, CommitmentStatus> = {
  promised: "promised",
  "in progress": "in-progress",
  fulfilled: "fulfilled",
  broken: "broken",
};

function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(valueText).join("; ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${words(k).toLowerCase()}: ${valueText(v)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * The reference's free-form `details` as readable lines ("Max mortars: 147"), so what no
 * term shape holds is still there for readers and editors. Null when there are none.
 */
export function detailsToText(details: Record<string, unknown> | null | undefined): string | null {
  if (!details) return null;
  const lines = Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${words(k)}: ${valueText(v)}`);
  return lines.length ? lines.join("\n") : null;
}

/** A stable key for a source, so every citation of one article points at one record. */
export function sourceKey(s: { outlet: string; title: string; url: string | null }): string {
  const basis = `${s.url ?? ""}|${s.outlet}|${s.title}`;
  let h = 2166136261;
  for (let i = 0; i < basis.length; i++) h = Math.imul(h ^ basis.charCodeAt(i), 16777619) >>> 0;
  return `src-${h.toString(36)}`;
}

type ReferenceSource = { outlet: string; title: string; url: string | null; date?: string | null };

type SourceDescription = { outlet: string; title: string; publishedOn: string | null };

// The reference marks a title it had to make up, as "[descriptive title]", "[title from URL
// slug]" or a whole title in brackets with "headline not shown".
const madeUpTitle = /\[[^\]]*\]/;

/**
 * Of two descriptions of one address, the one a record keeps: a title as the outlet gave it
 * over one the reference made up, then the more precise date, then the first.
 */
export function preferredDescription<D extends SourceDescription>(first: D, second: D): D {
  const rank = (d: D) => [madeUpTitle.test(d.title) ? 0 : 1, d.publishedOn?.length ?? 0];
  const [a, b] = [rank(first), rank(second)];
  return b[0]! > a[0]! || (b[0] === a[0] && b[1]! > a[1]!) ? second : first;
}

/**
 * The sources a converter cites, one record per article: `cite` gives an article's key,
 * `sources` every article cited so far. An address is one article, however the reference
 * describes it: its record keeps the first description's key and the preferred description.
 */
export function sourceRegistry() {
  const byKey = new Map<string, SeedFile["sources"][number]>();
  const keyOfAddress = new Map<string, string>();
  return {
    cite(s: ReferenceSource): string {
      const described = { outlet: s.outlet, title: s.title, url: s.url, publishedOn: s.date ?? null };
      const known = s.url === null ? undefined : keyOfAddress.get(s.url);
      if (known) {
        byKey.set(known, { ...preferredDescription(byKey.get(known)!, { key: known, ...described }), key: known });
        return known;
      }
      const key = sourceKey(s);
      if (!byKey.has(key)) byKey.set(key, { key, ...described });
      if (s.url !== null) keyOfAddress.set(s.url, key);
      return key;
    },
    sources: () => [...byKey.values()],
  };
}
