import { describe, expect, it } from "vitest";
import { readableDetailKey, readableDetails, readableDetailValue, type DetailWords } from "@/lib/seed/detail-words";

// Invented words, as a negotiation's own table would give them.
const words: DetailWords = {
  keys: { "co chairs": "Co-chairs", "u nscresolution required": "UN Security Council resolution required" },
  parts: { ruritania: "Ruritania", un: "UN", osce: "OSCE", article5: "Article 5" },
};
const parties = new Map([
  ["ruritania", "Ruritania"],
  ["grand-fenwick", "Fenwick"],
]);

describe("details in readers' words", () => {
  it("writes a key's names and acronyms as the table gives them", () => {
    expect(readableDetailKey("Un monitors in ruritania", words)).toBe("UN monitors in Ruritania");
    expect(readableDetailKey("Osce", words)).toBe("OSCE");
    expect(readableDetailKey("Article5 like", words)).toBe("Article 5 like");
  });

  it("takes a whole key from the table before its parts", () => {
    expect(readableDetailKey("Co chairs", words)).toBe("Co-chairs");
    expect(readableDetailKey("U nscresolution required", words)).toBe("UN Security Council resolution required");
  });

  it("names the unit a key ends in", () => {
    expect(readableDetailKey("Duration days", words)).toBe("Duration (days)");
    expect(readableDetailKey("Loan eur", words)).toBe("Loan (euros)");
    expect(readableDetailKey("Cost usd", words)).toBe("Cost (US dollars)");
    expect(readableDetailKey("Offered return km2", words)).toBe("Offered return (km²)");
    // A unit alone is the key's only word, not a unit.
    expect(readableDetailKey("Days", words)).toBe("Days");
    expect(readableDetailKey("Days before talks", words)).toBe("Days before talks");
  });

  it("leaves a key with nothing to change as it is", () => {
    expect(readableDetailKey("Freeze line", words)).toBe("Freeze line");
  });

  it("groups a long figure and leaves short ones, dates and words alone", () => {
    expect(readableDetailValue("90000000000", parties)).toBe("90,000,000,000");
    expect(readableDetailValue("85000", parties)).toBe("85,000");
    expect(readableDetailValue("2025", parties)).toBe("2025");
    expect(readableDetailValue("2025-03-18", parties)).toBe("2025-03-18");
    expect(readableDetailValue("5-7 years", parties)).toBe("5-7 years");
  });

  it("names parties given by slug, alone or listed, and only when every item is one", () => {
    expect(readableDetailValue("grand-fenwick", parties)).toBe("Fenwick");
    expect(readableDetailValue("ruritania; grand-fenwick", parties)).toBe("Ruritania; Fenwick");
    expect(readableDetailValue("grand-fenwick; all-for-all", parties)).toBe("grand-fenwick; all-for-all");
    expect(readableDetailValue("all-for-all", parties)).toBe("all-for-all");
  });

  it("rewrites each key-and-value line and keeps other lines and values with colons", () => {
    const text = "Max troops: 85000\nJoint with: grand-fenwick\nCondition: talks: first round\na line of its own";
    expect(readableDetails(text, words, parties)).toBe("Max troops: 85,000\nJoint with: Fenwick\nCondition: talks: first round\na line of its own");
  });
});
