// What a reader typed, as words and "quoted phrases". Both engines build their own
// full-text query from this one parse, so they agree on what was asked.

export type QueryTerms = { words: string[]; phrases: string[]; text: string };

// Marks a snippet's matched text; private-use characters never occur in indexed text
// (documents strip them), so they cannot be forged by stored content.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function parseQueryTerms(input: string): QueryTerms {
  const text = input.replace(/[\uE000-\uF8FF]/g, " ").trim();
  const phrases: string[] = [];
  const rest = text.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = phrase.match(TOKEN);
    // A phrase goes to the engine as typed, so it splits "t-90fd" or "1,000-for-1,000" into
    // words exactly as it split the indexed text; rejoined by spaces, PostgreSQL would count
    // the positions differently and miss the phrase.
    if (words && words.length > 1) phrases.push(phrase.replace(/\s+/g, " ").trim());
    else if (words) return ` ${words[0]} `;
    return " ";
  });
  const words = [...new Set((rest.match(TOKEN) ?? []).map((w) => w.toLowerCase()))];
  return { words, phrases, text };
}

export function isEmptyQuery(terms: QueryTerms) {
  return terms.words.length === 0 && terms.phrases.length === 0;
}

/** The words and phrases as FTS5 phrases (quoted, so no syntax leaks). */
export function fts5Phrases(terms: QueryTerms): string[] {
  return [...terms.words, ...terms.phrases].map((t) => `"${t.replace(/"/g, "")}"`);
}

/** FTS5 MATCH expression: every word and phrase must occur. */
export function toFts5Query(terms: QueryTerms): string {
  return fts5Phrases(terms).join(" ");
}

/** The plain phrase a reader most likely meant, for exact-phrase ranking. */
export function exactPhrase(terms: QueryTerms): string {
  return (terms.phrases[0] ?? terms.text.replace(/"/g, "")).toLowerCase().replace(/\s+/g, " ").trim();
}

/** Splits snippet text into plain and highlighted parts, for inert rendering. */
export function highlightParts(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  const re = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g");
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), hit: false });
    parts.push({ text: m[1] ?? "", hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), hit: false });
  return parts.filter((p) => p.text.length > 0);
}
