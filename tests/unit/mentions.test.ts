import { describe, expect, it } from "vitest";
import { mentionCandidates, splitMentions } from "@/lib/records/mentions";

describe("statements a note names by id", () => {
  const note = "Figures differ from ar-2031-army-alt (about 9,000); see also cz0a1b2c3d4e5f6g7h8i9j0k1 and co-operation talks.";

  it("finds the words that could be ids: hyphenated words, and a new record's id", () => {
    expect(mentionCandidates([note, null, "Nothing here."])).toEqual(["ar-2031-army-alt", "cz0a1b2c3d4e5f6g7h8i9j0k1", "co-operation"]);
    expect(mentionCandidates([note], "ar-2031-army-alt")).toEqual(["cz0a1b2c3d4e5f6g7h8i9j0k1", "co-operation"]);
  });

  it("cuts a note around the statements it names, the longest id first, leaving other words as written", () => {
    const known = new Set(["ar-2031-army-alt", "ar-2031-army", "cz0a1b2c3d4e5f6g7h8i9j0k1"]);
    expect(splitMentions(note, (id) => known.has(id))).toEqual([
      "Figures differ from ",
      { mentioned: "ar-2031-army-alt" },
      " (about 9,000); see also ",
      { mentioned: "cz0a1b2c3d4e5f6g7h8i9j0k1" },
      " and co-operation talks.",
    ]);
    expect(splitMentions("See ar-2031-army.", (id) => known.has(id))).toEqual(["See ", { mentioned: "ar-2031-army" }, "."]);
    expect(splitMentions("No ids.", () => true)).toEqual(["No ids."]);
  });

  it("asks about at most fifty words of each text, however long it is", () => {
    const long = Array.from({ length: 80 }, (_, i) => `word-${i}`).join(" ");
    expect(mentionCandidates([long])).toHaveLength(50);
    // A page joining many notes (a negotiation's areas) asks about each: the last note's id is not cut off.
    const notes = [long, "Figures differ from ar-2031-army-alt."];
    expect(mentionCandidates(notes)).toHaveLength(51);
    expect(mentionCandidates(notes)).toContain("ar-2031-army-alt");
  });
});
