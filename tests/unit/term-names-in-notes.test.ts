import { describe, expect, it } from "vitest";
import { splitTermNames } from "@/lib/terms/term-names-in-notes";

describe("term fields a coding note names as the data does", () => {
  it("cuts a note around each field it names, with the label readers see", () => {
    expect(splitTermNames("No calendar date, so startDate is left out; maxTroops read as a ceiling.")).toEqual([
      "No calendar date, so ",
      { field: "startDate", label: "Start date" },
      " is left out; ",
      { field: "maxTroops", label: "Troop cap" },
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
});
