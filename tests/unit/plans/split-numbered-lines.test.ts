import { describe, expect, it } from "vitest";
import { splitNumberedLines } from "@/lib/plans/split-numbered-lines";

const numbers = (text: string) => splitNumberedLines(text).points.map((p) => p.number);

describe("splitNumberedLines", () => {
  it("starts a point at each numbered line, whatever the punctuation, and joins wrapped lines", () => {
    const result = splitNumberedLines(
      ["1. A ceasefire along the line.", "2) Prisoners exchanged all for all,", "   in three phases.", "(3) Elections within 100 days.", "Point 4: Sanctions lifted.", "5 - North Province demilitarised.", "Article 6 A fund for rebuilding."].join("\n"),
    );
    expect(result.points).toEqual([
      { number: "1", summary: "A ceasefire along the line." },
      { number: "2", summary: "Prisoners exchanged all for all, in three phases." },
      { number: "3", summary: "Elections within 100 days." },
      { number: "4", summary: "Sanctions lifted." },
      { number: "5", summary: "North Province demilitarised." },
      { number: "6", summary: "A fund for rebuilding." },
    ]);
    expect(result.preamble).toBeNull();
  });

  it("keeps lettered sub-items inside a numbered point, and letter suffixes as numbers of their own", () => {
    const result = splitNumberedLines("10. The guarantee:\na) the guarantor is paid;\nb) it lapses if broken.\n10a. A further clause.");
    expect(result.points).toEqual([
      { number: "10", summary: "The guarantee: a) the guarantor is paid; b) it lapses if broken." },
      { number: "10a", summary: "A further clause." },
    ]);
  });

  it("follows the style the first label sets: Roman numerals, or letters", () => {
    expect(numbers("I. First section\nA. a sub-item\nII. Second section\nIV. Fourth")).toEqual(["I", "II", "IV"]);
    expect(numbers("A. First\nB. Second\nC. Third\nI. Ninth\nD. Fourth")).toEqual(["A", "B", "C", "I", "D"]);
    expect(numbers("i. first\nii. second")).toEqual(["I", "II"]);
  });

  it("takes a number alone on its line with the text below, and dotted section numbers", () => {
    expect(splitNumberedLines("1.\nA ceasefire.\n1.2. Monitoring.").points).toEqual([
      { number: "1", summary: "A ceasefire." },
      { number: "1.2", summary: "Monitoring." },
    ]);
  });

  it("does not read figures at the start of a sentence as numbers", () => {
    expect(numbers("1. Troops leave.\n2025 was the year talks resumed.\n1.5 million people return.")).toEqual(["1"]);
  });

  it("reports text before the first number, and numbers given twice", () => {
    const result = splitNumberedLines("Ruritania's ten points\n\n1. One.\n2. Two.\n2. Two again.");
    expect(result.preamble).toBe("Ruritania's ten points");
    expect(result.duplicates).toEqual(["2"]);
  });

  it("finds nothing in text without numbered lines", () => {
    expect(splitNumberedLines("Just a paragraph about the talks.\nAnd another.")).toEqual({ points: [], preamble: "Just a paragraph about the talks. And another.", duplicates: [] });
  });
});
