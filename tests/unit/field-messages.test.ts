import { describe, expect, it } from "vitest";
import { inFormOrder, joinMessages, messagesWithItems } from "@/lib/forms/field-messages";

describe("a form's messages", () => {
  it("read as separate sentences when a field has several", () => {
    expect(joinMessages(["Enter a slug", "Use lowercase letters, digits and hyphens, as in the page's address"])).toBe(
      "Enter a slug. Use lowercase letters, digits and hyphens, as in the page's address.",
    );
    expect(joinMessages(["Already a sentence.", "Is it?"])).toBe("Already a sentence. Is it?");
  });

  it("are summarised in the order of the form's fields, items with their field, unknown ones last", () => {
    const errors = { summary: ["Enter the summary"], stray: ["Odd"], "partyIds.0": ["Retracted"], statedOn: ["Enter a date"] };
    const order = inFormOrder(errors, ["statedOn", "partyIds", "summary"]).map(([name]) => name);
    expect(order).toEqual(["statedOn", "partyIds.0", "summary", "stray"]);
    // A field submitted as its parts ("terms.claims.0.area") places a message on the whole.
    expect(inFormOrder({ terms: ["Check the terms"], name: ["Enter a name"] }, ["name", "terms.claims.0.area"]).map(([n]) => n)).toEqual(["name", "terms"]);
  });

  it("of a group of checkboxes include those about each value chosen, which have no control of their own", () => {
    const errors = { "partyIds.1": ["This party has been retracted"], "partyIds.3": ["This party has been retracted"], "partyIdsExtra.0": ["Not this"], "sourceIds.0": ["Nor this"] };
    expect(messagesWithItems(errors, "partyIds")).toEqual(["This party has been retracted"]);
    expect(messagesWithItems({ partyIds: ["Choose at least one party"], "partyIds.0": ["Retracted"] }, "partyIds")).toEqual(["Choose at least one party", "Retracted"]);
    expect(messagesWithItems({ "sourceIds.0": ["x"] }, "partyIds")).toBeUndefined();
  });
});
