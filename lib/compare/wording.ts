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
  return `${subject(labels.a, "wants")} ${wantA}, ${subject(labels.b, "wants")} ${wantB}`;
}

/**
 * Whether a party's short name takes a plural verb: when its last word is an ordinary
 * plural noun in lower case ("Southern states", "Northern powers"). A proper name takes a
 * singular verb even when it ends in s ("Ruritanian Isles", "United Provinces" are
 * capitalised and read as one party), so does an acronym.
 */
export function isPluralName(name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1) ?? "";
  return /^\p{Ll}[\p{L}-]*[^su]s$/u.test(last);
}

/** A third-person verb made to agree with a party's name: "wants" → "want", "has" → "have", "is" → "are". */
export function verbFor(name: string, verb: string): string {
  if (!isPluralName(name)) return verb;
  const irregular: Record<string, string> = { has: "have", is: "are", does: "do" };
  return irregular[verb] ?? verb.replace(/s$/, "");
}

/** "Ruritania wants", "Northern powers want": a party's name with its verb in agreement. */
export function subject(name: string, verb: string): string {
  return `${name} ${verbFor(name, verb)}`;
}
