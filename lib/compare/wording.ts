// Shared phrasing for reasons, so every kind reads the same way.
import type { SideLabels } from "./types";

/** "North Province", "North Province and the Capital", "North Province, the Capital and River Zone". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "85,000": fixed locale so reasons read the same on every server. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

/**
 * "Ruritania wants X, Borduria wants Y", or "Ruritania and Borduria both want X" when the
 * phrases match — naming both sides keeps a part's reason readable on its own.
 */
export function describeWants(labels: SideLabels, wantA: string, wantB: string): string {
  if (wantA === wantB) return `${labels.a} and ${labels.b} both want ${wantA}`;
  return `${labels.a} wants ${wantA}, ${labels.b} wants ${wantB}`;
}
