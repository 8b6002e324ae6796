// One vocabulary for a record in words: history diffs, feeds and the conflict screen read
// field names and values through lib/words, which each kind feeds with the fields it adds.
import { describe, expect, it } from "vitest";
import { describeInput } from "@/lib/forms/describe-input";
import { fieldLabel, referenceFields } from "@/lib/words/field-labels";
import { formatValue } from "@/lib/words/format-value";

describe("field labels", () => {
  it("names the fields every kind adds, and the terms' own", () => {
    expect(fieldLabel("statedOn")).toBe("Statement date");
    expect(fieldLabel("participantIds")).toBe("Participants");
    expect(fieldLabel("colour")).toBe("Colour");
    expect(fieldLabel("startDate")).toBe("Start date");
    expect(fieldLabel("maxTroops")).toBe("Troop cap");
    expect(fieldLabel("someNewField")).toBe("Some New Field");
  });

  it("knows which kind each id field points at", () => {
    expect(referenceFields).toMatchObject({
      partyId: "party",
      issueId: "issue",
      citations: "source",
      participantIds: "party",
      partyIds: "party",
      sourceIds: "source",
      supersededById: "position",
    });
  });
});

describe("values in words", () => {
  const names = { "party:p1": "Ruritania", "source:s1": "Ruritanian Gazette: Talks resume" };

  it("reads the same in a history diff and on the conflict screen, but for how list items are joined", () => {
    const claims = [
      { region: "crimea", claim: "freeze-at-line" },
      { region: "other", claim: "undecided" },
    ];
    expect(formatValue("claims", claims, names)).toBe("Crimea: frozen at the current line; Other regions: left undecided");
    const rows = describeInput({ partyIds: ["p1"], stance: "demands", terms: { claims, startDate: "2025-05" } }, names);
    expect(rows).toEqual([
      ["Parties", "Ruritania"],
      ["Stance", "Demands"],
      ["Terms › Territorial claims", "Crimea: frozen at the current line\nOther regions: left undecided"],
      ["Terms › Start date", "May 2025"],
    ]);
  });

  it("names cited sources and recorded moments", () => {
    expect(formatValue("citations", { sourceId: "s1", attribution: "official-statement", quote: "Now.", speaker: null }, names)).toBe(
      "Ruritanian Gazette: Talks resume — official statement: “Now.”",
    );
    expect(formatValue("retractedAt", "2025-05-16T10:07:00.000Z", names)).toBe("16 May 2025 at 10:07 UTC");
  });
});
