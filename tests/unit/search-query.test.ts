import { describe, expect, it } from "vitest";
import { exactPhrase, highlightParts, MARK_END, MARK_START, parseQueryTerms, toFts5Query } from "@/lib/search/query-terms";

describe("search query terms", () => {
  it("splits words and quoted phrases, lower-cased and de-duplicated", () => {
    expect(parseQueryTerms('Ruritania "prisoner exchange" ruritania')).toEqual({
      words: ["ruritania"],
      phrases: ["prisoner exchange"],
      text: 'Ruritania "prisoner exchange" ruritania',
    });
  });

  it("keeps a phrase as typed, so each engine splits it as it split the indexed text", () => {
    expect(parseQueryTerms('"1,000-for-1,000  exchange" "Report t-90fd"').phrases).toEqual(["1,000-for-1,000 exchange", "Report t-90fd"]);
  });

  it("keeps numbers and accented letters, drops punctuation and search syntax", () => {
    expect(parseQueryTerms("1,000-for-1,000 Bordüria NEAR(a*)").words).toEqual(["1", "000", "for", "bordüria", "near", "a"]);
    expect(parseQueryTerms('" - * ( )').words).toEqual([]);
  });

  it("quotes every term for FTS5 so operators in the text cannot apply", () => {
    expect(toFts5Query(parseQueryTerms('or NOT "a b"'))).toBe('"or" "not" "a b"');
  });

  it("uses the first quoted phrase, else the whole text, as the exact phrase", () => {
    expect(exactPhrase(parseQueryTerms('x "Energy  Truce" y'))).toBe("energy truce");
    expect(exactPhrase(parseQueryTerms("Energy  Truce"))).toBe("energy truce");
  });

  it("turns snippet markers into parts and ignores forged markers in the query", () => {
    expect(highlightParts(`a ${MARK_START}b${MARK_END} c`)).toEqual([
      { text: "a ", hit: false },
      { text: "b", hit: true },
      { text: " c", hit: false },
    ]);
    expect(parseQueryTerms(`${MARK_START}x${MARK_END}`).words).toEqual(["x"]);
  });
});
