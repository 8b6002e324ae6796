import { describe, expect, it } from "vitest";
import { hyphenatedValueLabels, splitTermNames } from "@/lib/terms/term-names-in-notes";

describe("term fields and values a coding note names as the data does", () => {
  it("cuts a note around each field it names, with the label readers see", () => {
    expect(splitTermNames("No calendar date, so startDate is left out; maxTroops read as a ceiling.")).toEqual([
      "No calendar date, so ",
      { name: "startDate", label: "Start date" },
      " is left out; ",
      { name: "maxTroops", label: "Troop cap" },
      " read as a ceiling.",
    ]);
  });

  it("leaves one-word fields, unknown names and other words as written", () => {
    const note = "The scope and preconditions are coded; iPhone and fooBar are not fields.";
    expect(splitTermNames(note)).toEqual([note]);
    expect(splitTermNames("")).toEqual([]);
  });

  it("does not read a field's name inside a longer word", () => {
    expect(splitTermNames("startDates, xstartDate")).toEqual(["startDates, xstartDate"]);
  });

  it("names a hyphenated value of the statement's kind of terms by its label, fields and values in the note's order", () => {
    expect(splitTermNames("Coded frozen-line for the east province; startDate left out.", "territory")).toEqual([
      "Coded ",
      { name: "frozen-line", label: "Frozen at the current line" },
      " for the east province; ",
      { name: "startDate", label: "Start date" },
      " left out.",
    ]);
  });

  it("leaves a value of another kind, a one-word value and ordinary hyphenated words as written", () => {
    // "frozen-line" is a territorial outcome, not a word of sanctions; "none" is a plain word.
    const note = "Not frozen-line; coded none, a long-term and all-out demand.";
    expect(splitTermNames(note, "sanctions")).toEqual([note]);
    expect(splitTermNames("Coded none.", "territory")).toEqual(["Coded none."]);
    // A value that is also English prose stays prose, in the kind that holds it too.
    expect(splitTermNames("Their de-facto control is not de-jure.", "territory")).toEqual(["Their de-facto control is not de-jure."]);
  });

  it("knows each kind's hyphenated values, from its nested fields too, and no one-word value", () => {
    const territory = hyphenatedValueLabels("territory");
    expect(territory.get("frozen-line")).toBe("Frozen at the current line");
    expect([...territory.keys()].every((value) => value.includes("-"))).toBe(true);
    expect(hyphenatedValueLabels("reparations").get("waiver-demanded")).toBe("A waiver of reparations demanded");
    expect(hyphenatedValueLabels("general").size).toBe(0);
  });
});
