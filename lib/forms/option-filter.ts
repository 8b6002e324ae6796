// Narrowing a long select (some eight hundred sources) by words typed beside it. Pure, so the
// form can run it on every keystroke and a unit test can pin down what matches.

/** Text as compared: lower case, accents dropped ("Zenda" finds "Zénda"), curly quotes straight. */
export function searchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** The words typed, as compared; none for a blank box, which lists everything. */
export function queryWords(query: string): string[] {
  return searchText(query).split(/\s+/).filter(Boolean);
}

/** Whether a label (already through searchText) holds every word, in any order. */
export function matchesEvery(label: string, words: readonly string[]): boolean {
  return words.every((w) => label.includes(w));
}

/** What the live region says: "12 of 812 sources match". */
export function matchCountText(matches: number, total: number, noun: string, nouns: string): string {
  return `${matches} of ${total} ${total === 1 ? noun : nouns} ${matches === 1 ? "matches" : "match"}`;
}
